/** `npm run dev`, in a copy of the project: the content check's findings over the page being previewed. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyProject, removeCopy } from '../scripts/bench/project-copy';
import { entries } from './content';

/** Until the dev server answers, or the time is up. */
async function answering(url: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Ends a process group: SIGTERM, then SIGKILL if it is still there after 10 s. */
async function stopGroup(pid: number) {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  process.kill(-pid, 'SIGTERM');
  for (let waited = 0; alive() && waited < 10_000; waited += 100) await new Promise((wait) => setTimeout(wait, 100));
  if (alive()) process.kill(-pid, 'SIGKILL');
}

test('npm run dev shows a mistake in an entry over the preview when it is saved, and drops it once fixed', async ({ page }) => {
  test.setTimeout(240_000);
  const dir = copyProject({});
  const port = 3200 + (process.pid % 500);
  let dev: ChildProcess | undefined;
  try {
    // Without NODE_ENV, as an author's terminal runs it (the test runner sets one).
    dev = spawn('env', ['-u', 'NODE_ENV', 'npm', 'run', 'dev', '--', '--port', String(port)], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    const [entry] = entries;
    const preview = `http://localhost:${port}/posts/${entry.slug}`;
    await answering(preview, 120_000);
    await page.goto(preview);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    // Next.js's route announcer is an alert too, without a name.
    const banner = page.getByRole('alert', { name: 'Content check' });
    await expect(banner).toHaveCount(0);

    const file = join(dir, 'content/posts', `${entry.slug}.mdx`);
    const original = readFileSync(file, 'utf8');
    // Markup in the bad value: the banner shows it as text, never as HTML.
    writeFileSync(file, original.replace(/^url: .*$/m, 'url: javascript:alert("<img src=x onerror=alert(1)>")'));
    await expect(banner).toContainText(`content/posts/${entry.slug}.mdx:3 url: must be an absolute http:// or https:// URL`, { timeout: 30_000 });
    await expect(banner).toContainText('1 problem in content/');
    await expect(banner).toContainText('<img src=x onerror=alert(1)>');
    await expect(banner.locator('img')).toHaveCount(0);

    writeFileSync(file, original);
    await expect(banner).toHaveCount(0, { timeout: 30_000 });
  } finally {
    // The dev command, Contentlayer's watcher and Next.js, all of them, gone before their files are.
    if (dev?.pid) await stopGroup(dev.pid);
    removeCopy(dir);
  }
});
