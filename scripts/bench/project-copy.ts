/**
 * A throwaway copy of the project, built as Vercel builds it: for the build tests (a bad
 * entry, a draft) and the benchmarks (thousands of synthetic entries). content/ itself is
 * never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { withTagRedirects } from '../../lib/content/retag';

const copies = '.build-tests';
const skipped = new Set([copies, 'node_modules', '.next', 'out', '.contentlayer', '.git', 'test-results', 'playwright-report', 'package-lock.json']);

/**
 * The copy lives inside the project and has no lockfile, so Node and Turbopack both resolve
 * packages from the project's own node_modules (Turbopack refuses a symlinked one).
 * `replacePosts` starts content/posts/ (and content/lists/, whose steps name its entries) empty,
 * for a corpus of generated entries.
 */
export function copyProject(files: Record<string, string>, { replacePosts = false } = {}): string {
  mkdirSync(copies, { recursive: true });
  const dir = mkdtempSync(join(resolve(copies), 'copy-'));
  for (const name of readdirSync('.')) {
    if (!skipped.has(name)) cpSync(name, join(dir, name), { recursive: true });
  }
  if (replacePosts) {
    // Reading lists name the shipped entries: a corpus of other entries starts with none.
    for (const folder of ['content/posts', 'content/lists']) {
      rmSync(join(dir, folder), { recursive: true, force: true });
      mkdirSync(join(dir, folder));
    }
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  // Another vocabulary has other tags' other names: vercel.json's redirects follow it, as `npm run tags` keeps them.
  const vocabulary = files['content/tags.yml'];
  if (vocabulary !== undefined) writeFileSync(join(dir, 'vercel.json'), withTagRedirects(readFileSync(join(dir, 'vercel.json'), 'utf8'), vocabulary));
  return dir;
}

/** `npm run build` in the copy; `env` adds settings, such as SITE_REPOSITORY. */
export function buildCopy(dir: string, env: Record<string, string> = {}) {
  // As Vercel runs it: without NODE_ENV, so Next.js decides the mode itself.
  const { status, stdout, stderr } = spawnSync('env', ['-u', 'NODE_ENV', 'npm', 'run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status, output: `${stdout}\n${stderr}` };
}

export function removeCopy(dir: string) {
  // Retried: a process that was just stopped may still be closing files in it.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

/**
 * What Vercel keeps from one deployment to the next is node_modules and .next/cache: remove the
 * rest of what a build wrote to the copy, as a fresh checkout would not have it.
 */
export function keepOnlyTheCache(dir: string) {
  for (const name of ['out', '.contentlayer']) rmSync(join(dir, name), { recursive: true, force: true });
  if (!existsSync(join(dir, '.next'))) return;
  for (const name of readdirSync(join(dir, '.next'))) if (name !== 'cache') rmSync(join(dir, '.next', name), { recursive: true, force: true });
}
