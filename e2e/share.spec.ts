/**
 * The share page and its bookmarklet, against the site as built by `npm test` (no repository
 * configured), and end to end in a copy built with one: from a page to GitHub's editor to a build.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signalsFromHtml } from '../lib/content/html-signals';
import { linkMetadata, signalsFromDocument } from '../lib/content/link-metadata';
import { buildCopy, copyProject, removeCopy } from '../scripts/bench/project-copy';
import { staticHost } from '../scripts/author/serve';
import { entries, tags } from './content';
import { FIXTURE, FIXTURE_PAGES, runBookmarklet, serveFixtures } from './share-fixture';

let fixtures: Server;
let fixtureBase: string;

test.beforeAll(async () => {
  ({ server: fixtures, base: fixtureBase } = await serveFixtures());
});
test.afterAll(() => new Promise<void>((done) => fixtures.close(() => done())));

/** Hacker News' search as it answers: no test reaches the real one. A thread for the one page asked about below. */
const DISCUSSED = 'https://example.com/raft-and-paxos-compared';
test.beforeEach(async ({ page }) => {
  await page.route('https://hn.algolia.com/**', (route) => {
    const asked = new URL(route.request().url()).searchParams.get('query');
    const hits = asked === DISCUSSED ? [{ objectID: '4242', title: 'Raft and Paxos compared <b>(2026)</b>', url: DISCUSSED, num_comments: 17 }] : [];
    return route.fulfill({ json: { hits }, headers: { 'Access-Control-Allow-Origin': '*' } });
  });
});

// A form control of the page's main part: the header's search form and the preview's tag list are labelled too.
const field = (page: Page, label: string) => page.getByRole('main').getByLabel(label, { exact: true }).and(page.locator('input, textarea, select'));
const status = (page: Page) => page.locator('#share-status');

test('the bookmarklet brings the page it runs on, and its selected text, to /share', async ({ page }) => {
  await runBookmarklet(page, '/share', `${fixtureBase}/article`, '#quote');
  await expect(page).toHaveURL(/\/share$/);
  await expect(field(page, 'URL')).toHaveValue(FIXTURE.url);
  await expect(field(page, 'Title')).toHaveValue(FIXTURE.title);
  await expect(field(page, 'Description')).toHaveValue(FIXTURE.description);
  await expect(field(page, 'Authors')).toHaveValue(FIXTURE.authors.join(', '));
  await expect(field(page, 'Site')).toHaveValue(FIXTURE.site);
  await expect(field(page, 'Published')).toHaveValue(FIXTURE.published);
  await expect(field(page, 'Shared on')).toHaveValue(new Date().toISOString().slice(0, 10));
  await expect(field(page, 'Commentary')).toHaveValue(FIXTURE.quotation);
  await page.getByRole('button', { name: tags[0], exact: true }).click();
  await expect(field(page, 'Tags')).toHaveValue(tags[0]);
  await expect(status(page)).toContainText('Ready: it passes the site’s checks.');
  await expect(page.locator('figure pre')).toContainText(`tags: [${tags[0]}]`);
  // The preview is the card every list shows.
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('link', { name: FIXTURE.title, exact: true })).toHaveAttribute('href', FIXTURE.url);
});

test('the page suggests tags from the site’s entries and records where the link was discussed', async ({ page, request }) => {
  await page.goto(`/share?url=${encodeURIComponent(DISCUSSED)}&title=${encodeURIComponent('Raft and Paxos compared: consensus, leaders and logs')}`);
  const suggested = page.getByRole('button', { name: /^Suggested tag / });
  await expect(suggested.first()).toBeVisible();
  expect(await suggested.count()).toBeLessThanOrEqual(3);
  await expect(page.getByRole('button', { name: 'Suggested tag consensus' })).toBeVisible();
  await page.getByRole('button', { name: 'Suggested tag consensus' }).click();
  await expect(field(page, 'Tags')).toHaveValue('consensus');
  await expect(page.getByRole('button', { name: 'Suggested tag consensus' })).toHaveAttribute('aria-pressed', 'true');

  const discussion = page.locator('#share-discussions');
  await expect(discussion).toContainText('Record its discussion on Hacker News: Raft and Paxos compared <b>(2026)</b> (17 comments)');
  await expect(page.locator('figure pre')).toContainText('discussions:\n  - url: https://news.ycombinator.com/item?id=4242\n    title: Raft and Paxos compared <b>(2026)</b>\n    comments: 17');
  await discussion.getByRole('checkbox').uncheck();
  await expect(page.locator('figure pre')).not.toContainText('discussions:');
  await expect(discussion.getByRole('link', { name: 'search Lobsters' })).toHaveAttribute('href', `https://lobste.rs/search?q=${encodeURIComponent(DISCUSSED)}&what=stories`);
  // The page may ask Hacker News and nothing else.
  expect((await request.get('/share')).headers()['content-security-policy']).toContain("connect-src 'self' https://hn.algolia.com;");
});

test('without a repository the page offers the file to copy and says how to set one', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/share?url=https%3A%2F%2Fexample.org%2Fnew-paper&title=A%20new%20paper&text=Worth%20reading.');
  await expect(page.getByText('SITE_REPOSITORY=owner/name')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in GitHub’s editor' })).toHaveCount(0);
  await expect(field(page, 'Description')).toHaveValue('Worth reading.');
  await page.getByRole('button', { name: 'Copy the file' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('figure pre').textContent());
  // Nor do the other pages link to GitHub or to the form.
  await page.goto(`/posts/${entries[0].slug}`);
  await expect(page.getByRole('link', { name: 'Edit this entry' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Suggest a link' })).toHaveCount(0);
});

test('a link already on the site, however it is written, is named with its permalink', async ({ page }) => {
  const [existing] = entries;
  const url = new URL(existing.url);
  const variants = [
    `${url.protocol}//www.${url.host.replace(/^www\./, '')}${url.pathname}${url.search}`,
    `${url.href.replace(/\/$/, '')}/`,
    `${url.href}${url.search ? '&' : '?'}utm_source=newsletter&utm_medium=email`,
  ];
  await page.goto('/share');
  await field(page, 'Title').fill('Something new');
  for (const variant of variants) {
    await field(page, 'URL').fill(variant);
    await expect(page.getByText('Already shared:')).toBeVisible();
    await expect(page.getByRole('link', { name: existing.title, exact: true }).first()).toHaveAttribute('href', `/posts/${existing.slug}`);
    await expect(status(page)).toContainText(`already on the site as /posts/${existing.slug}`);
  }
  await field(page, 'URL').fill('https://example.org/never-shared');
  await expect(page.getByText('Already shared:')).toHaveCount(0);
});

test('an unknown tag gets the check’s suggestion, and a javascript: URL is refused', async ({ page }) => {
  await page.goto('/share');
  await field(page, 'URL').fill('javascript:alert(document.domain)');
  await expect(field(page, 'URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#share-url-problem')).toContainText('must be an absolute http:// or https:// URL');
  const misspelt = `${tags[0]}s`;
  await field(page, 'Tags').fill(misspelt);
  await expect(page.locator('#share-tags-problem')).toContainText(`"${misspelt}" is not in content/tags.yml: did you mean "${tags[0]}"?`);
  await expect(status(page)).toContainText('Before it can be shared:');
  await expect(page.getByRole('button', { name: 'Copy the file' })).toHaveCount(0);
});

test('the form works from the keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/share');
  await field(page, 'URL').focus();
  await page.keyboard.type('https://example.org/keyboard');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Share as a quotation')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'search Lobsters' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Typed, not clicked');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Every field reached with Tab.');
  await page.keyboard.press('Tab'); // kind
  await page.keyboard.press('Tab'); // tags
  // Past any suggested tags, to the first of the site's tags.
  const first = page.getByRole('list', { name: 'The site’s tags' }).getByRole('button').first();
  for (let presses = 0; presses < 6 && !(await first.evaluate((button) => button === document.activeElement)); presses++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Space');
  await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'true');
  for (let presses = 0; presses < 80; presses++) {
    // activeElement, not `:focus`: inside a date field the focus is on one of its parts.
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Copy the file') break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Copied' })).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('title: Typed, not clicked');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the share page has no accessibility violation in ${colorScheme} mode, empty or with problems shown`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/share');
    await expect(page.locator('#bookmarklet')).toHaveAttribute('href', /^javascript:/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await field(page, 'URL').fill('ftp://example.org/x');
    await field(page, 'Title').fill('A title');
    await field(page, 'Tags').fill('no-such-tag');
    await expect(page.locator('#share-tags-problem')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test('the share page stays out of search engines, the sitemap and the header', async ({ page, request }) => {
  await page.goto('/share');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/share');
  await expect(page.locator('header').getByRole('link', { name: /share/i })).toHaveCount(0);
  // Clicked on the share page itself, the bookmarklet explains instead of running.
  await page.locator('#bookmarklet').click();
  await expect(page.getByText('Drag it to your bookmarks bar')).toBeVisible();
  await expect(field(page, 'URL')).toHaveValue('');
});

test('the page reader gives the same signals and metadata in the browser as in Node', async ({ page }) => {
  for (const [name, html] of Object.entries(FIXTURE_PAGES)) {
    await page.setContent(html);
    const inBrowser = await page.evaluate(`(${signalsFromDocument.toString()})(document)`);
    expect(inBrowser, name).toEqual(signalsFromHtml(html));
    expect(linkMetadata(inBrowser as ReturnType<typeof signalsFromHtml>, 'https://fixture.example/articles/leases'), name).toEqual(
      linkMetadata(signalsFromHtml(html), 'https://fixture.example/articles/leases'),
    );
  }
});

test.describe.serial('a site built with its repository and a newsletter provider', () => {
  const NEWSLETTER = 'https://buttondown.com/api/emails/embed-subscribe/octo-links';
  let dir: string;
  let base: string;
  const site = createServer();

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // The policy must allow the provider, or the pages step refuses the build.
    const policy = readFileSync('vercel.json', 'utf8').replaceAll("form-action 'self'", "form-action 'self' https://buttondown.com");
    dir = copyProject({ 'vercel.json': policy });
    const built = buildCopy(dir, { SITE_REPOSITORY: 'octo/links', NEWSLETTER_URL: NEWSLETTER });
    expect(built.status, built.output).toBe(0);
    site.on('request', staticHost(join(dir, 'out'), JSON.parse(policy)));
    await new Promise<void>((listening) => site.listen(0, '127.0.0.1', listening));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });

  test.afterAll(() => {
    site.close();
    removeCopy(dir);
  });

  test('the home page, the digest and every footer offer the week by email, posting to the provider alone', async ({ page, request }) => {
    for (const path of ['/', '/digest', '/about']) {
      await page.goto(`${base}${path}`);
      const forms = page.getByRole('form', { name: /^Subscribe by email/ });
      await expect(forms.first()).toBeVisible();
      for (const form of await forms.all()) {
        await expect(form).toHaveAttribute('action', NEWSLETTER);
        await expect(form).toHaveAttribute('method', 'post');
        await expect(form.getByRole('textbox', { name: 'Get the week’s links by email' })).toHaveAttribute('name', 'email');
        await expect(form.getByRole('textbox')).toHaveAttribute('type', 'email');
      }
      expect(await forms.count(), path).toBe(path === '/about' ? 1 : 2);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id }) => id), path).toEqual([]);
    }
    const policy = (await request.get(`${base}/digest`)).headers()['content-security-policy'];
    expect(policy).toContain("form-action 'self' https://buttondown.com;");
  });

  test('from a page to GitHub’s editor in one bookmarklet click and one button, carrying a file that passes the check and builds', async ({ page }) => {
    test.setTimeout(420_000);
    // With a repository, every entry links to its file in GitHub's editor, and the footer to the form.
    const [entry] = entries;
    await page.goto(`${base}/posts/${entry.slug}`);
    await expect(page.getByRole('link', { name: 'Edit this entry' })).toHaveAttribute('href', `https://github.com/octo/links/edit/main/content/posts/${entry.slug}.mdx`);
    await page.getByRole('link', { name: 'Suggest a link' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share a link');
    await expect(page.getByText('SITE_REPOSITORY=owner/name')).toHaveCount(0);

    await runBookmarklet(page, `${base}/share`, `${fixtureBase}/article`, '#quote');
    await page.getByRole('button', { name: tags[0], exact: true }).click();
    const button = page.getByRole('link', { name: 'Open in GitHub’s editor' });
    await expect(button).toHaveAttribute('target', '_blank');
    const editor = new URL((await button.getAttribute('href'))!);
    expect(`${editor.origin}${editor.pathname}`).toBe('https://github.com/octo/links/new/main');
    const file = editor.searchParams.get('filename')!;
    const source = editor.searchParams.get('value')!;
    expect(file).toBe('content/posts/leases-and-fencing-tokens.mdx');
    expect(source).toBe(await page.locator('figure pre').textContent());
    expect(source).toContain(FIXTURE.quotation);

    // The same selection shared as a quotation: the words, the page's first author, its own file.
    await page.getByLabel('Share as a quotation').check();
    await expect(page.getByLabel('Who said it')).toHaveValue(FIXTURE.authors[0]);
    const quoteEditor = new URL((await page.getByRole('link', { name: 'Open in GitHub’s editor' }).getAttribute('href'))!);
    const quoteFile = quoteEditor.searchParams.get('filename')!;
    const quoteSource = quoteEditor.searchParams.get('value')!;
    expect(quoteFile).toMatch(/^content\/posts\/quoting-grace-hopper-a-lease-is-a-promise/);
    expect(quoteSource).toMatch(/^---\nquote: \|\n {2}A lease is a promise \\\{with braces\\\} \\& emphasis that expires\.\nby: Grace Hopper\n/);
    expect(quoteSource).not.toContain('> A lease');
    await expect(page.locator('main article blockquote')).toContainText('A lease is a promise {with braces} & emphasis that expires.');

    // The files, committed unchanged: the check passes them and the site builds with them.
    writeFileSync(join(dir, file), source);
    writeFileSync(join(dir, quoteFile), quoteSource);
    const rebuilt = spawnSync('env', ['-u', 'NODE_ENV', 'sh', '-c', 'npm run check && node scripts/build/contentlayer.mjs build && npx next build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(rebuilt.status, `${rebuilt.stdout}\n${rebuilt.stderr}`).toBe(0);
    expect(rebuilt.stdout).not.toMatch(/(leases-and-fencing-tokens|quoting-grace-hopper[^\s]*)\.mdx/);
    const quotePage = readFileSync(join(dir, `out/posts/${quoteFile.replace(/^content\/posts\/|\.mdx$/g, '')}.html`), 'utf8');
    expect(quotePage).toContain('Quoting Grace Hopper');
    expect(quotePage).toMatch(/<blockquote cite="https:\/\/fixture\.example\/articles\/leases"[^>]*><div data-search-summary="true"><div[^>]*><p>A lease is a promise \{with braces\} &#x26; emphasis that expires\.<\/p>/);
    const html = readFileSync(join(dir, 'out/posts/leases-and-fencing-tokens.html'), 'utf8');
    for (const text of ['Leases &amp; Fencing Tokens', FIXTURE.description, FIXTURE.authors.join(', '), FIXTURE.site, '14 Oct 2025', '<blockquote>', 'A lease is a promise {with braces} &#x26; emphasis that expires.']) {
      expect(html, text).toContain(text);
    }
  });
});
