/**
 * `npm run dev`: Contentlayer watches content/ and regenerates .contentlayer/, and
 * `next dev` reloads on that. Next 16's Turbopack never runs Contentlayer's webpack
 * plugin, so the two run side by side; stopping one stops both.
 */
import { spawn, spawnSync } from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}`;

// Report content problems without blocking the preview; `npm run build` refuses them.
spawnSync(bin('tsx'), ['scripts/check-content.ts'], { stdio: 'inherit' });
// Generate once before Next starts so the first request finds the data.
const first = spawnSync(bin('contentlayer2'), ['build'], { stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn(bin('contentlayer2'), ['dev'], { stdio: 'inherit' }),
  spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];

function stop(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));
