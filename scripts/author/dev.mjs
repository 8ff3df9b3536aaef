/**
 * `npm run dev`: Contentlayer watches content/ and regenerates .contentlayer/, and
 * `next dev` reloads on that. Next 16's Turbopack never runs Contentlayer's webpack
 * plugin, so the two run side by side; stopping one stops both. The content check runs
 * at the start and again whenever a file under content/ is saved, so a mistake is named
 * in the terminal and in a banner over the page being previewed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, watch } from 'node:fs';

// The latest findings, which the preview's banner shows (app/dev-content-check/route.dev.ts).
const report = '.next/content-check.json';
const check = () => spawnSync('tsx', ['scripts/author/check-content.ts', '--report', report], { stdio: 'inherit' });

// Report content problems without blocking the preview; `npm run build` refuses them.
mkdirSync('.next', { recursive: true });
check();
// Generate once before Next starts so the first request finds the data.
const contentlayer = (command) => [process.execPath, ['scripts/build/contentlayer.mjs', command], { stdio: 'inherit' }];
const first = spawnSync(...contentlayer('build'));
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn(...contentlayer('dev')),
  spawn('next', ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, CONTENT_CHECK_REPORT: report } }),
];

// An editor's save is often several events: check once they settle.
let pending;
const watcher = watch('content', { recursive: true }, () => {
  clearTimeout(pending);
  pending = setTimeout(check, 300);
});

function stop(code) {
  watcher.close();
  clearTimeout(pending);
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));
