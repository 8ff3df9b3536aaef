/** The response headers and the Content-Security-Policy, as a reader's browser meets them. */
import { readdirSync, readFileSync } from 'node:fs';
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
