import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { KIND_PLURALS, type Kind } from '../lib/kinds';
import { site } from '../lib/site';
import { entries, tags } from './content';

// The build and these tests read the same SITE_URL, so absolute URLs are predictable.
const absolute = (path: string) => (path === '/' ? `${site.url}/` : `${site.url}${path}`);

const [entry] = entries;
const tagWithMostEntries = tags.reduce((best, tag) =>
  entries.filter((e) => e.tags.includes(tag)).length > entries.filter((e) => e.tags.includes(best)).length ? tag : best,
);

const pageTypes = [
  { name: 'home', path: '/', title: site.name, image: '/og/site.png' },
  { name: 'home, page 1', path: '/page/1', title: `Recent Posts, page 1 · ${site.name}`, image: '/og/site.png' },
  { name: 'entry', path: `/posts/${entry.slug}`, title: `${entry.title} · ${site.name}`, image: `/og/posts/${entry.slug}.png` },
  { name: 'tags', path: '/tags', title: `Tags · ${site.name}`, image: '/og/site.png' },
  { name: 'tag', path: `/tags/${tagWithMostEntries}`, title: `#${tagWithMostEntries} · ${site.name}`, image: '/og/site.png' },
  { name: 'archive', path: '/archive', title: `Archive · ${site.name}`, image: '/og/site.png' },
  { name: 'kind', path: `/kinds/${entry.kind}`, title: `${KIND_PLURALS[entry.kind as Kind]} · ${site.name}`, image: '/og/site.png' },
  { name: 'source', path: `/domains/${entry.hostname}`, title: `From ${entry.hostname} · ${site.name}`, image: '/og/site.png' },
  { name: 'search', path: '/search', title: `Search · ${site.name}`, image: '/og/site.png' },
  { name: 'about', path: '/about', title: `About · ${site.name}`, image: '/og/site.png' },
];

const attribute = (page: Page, selector: string, name = 'content') => page.locator(selector).getAttribute(name);

// Next.js writes the home page's URL without its slash; both name the same page.
const normalized = (url: string | null) => url && new URL(url).href;

for (const { name, path, title, image } of pageTypes) {
  test(`${name} page: title, description, canonical, cards and feed discovery`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const description = await attribute(page, 'meta[name="description"]');
    expect(description?.length).toBeGreaterThan(20);
    expect(normalized(await attribute(page, 'link[rel="canonical"]', 'href'))).toBe(absolute(path));
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);

    expect(await attribute(page, 'meta[property="og:title"]')).toBe(title.replace(` · ${site.name}`, ''));
    expect(await attribute(page, 'meta[property="og:description"]')).toBe(description);
    expect(normalized(await attribute(page, 'meta[property="og:url"]'))).toBe(absolute(path));
    expect(await attribute(page, 'meta[property="og:image"]')).toBe(absolute(image));
    expect(await attribute(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await attribute(page, 'meta[name="twitter:image"]')).toBe(absolute(image));

    for (const [type, feed] of [
      ['application/rss+xml', '/feed.xml'],
      ['application/atom+xml', '/atom.xml'],
      ['application/feed+json', '/feed.json'],
    ]) {
      expect(await attribute(page, `link[rel="alternate"][type="${type}"][href="${absolute(feed)}"]`, 'title')).toContain(site.name);
    }
    if (name === 'tag') {
      await expect(page.locator(`link[rel="alternate"][href="${absolute(`/tags/${tagWithMostEntries}/feed.xml`)}"]`)).toHaveCount(1);
    }
  });
}

async function jsonLd(page: Page) {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
}

test('the home page describes the site as a WebSite in JSON-LD', async ({ page }) => {
  await page.goto('/');
  expect(await jsonLd(page)).toEqual([expect.objectContaining({ '@type': 'WebSite', name: site.name, url: absolute('/') })]);
});

test('an entry page describes the post and the work it links to in JSON-LD', async ({ page }) => {
  await page.goto(`/posts/${entry.slug}`);
  expect(await jsonLd(page)).toEqual([
    expect.objectContaining({
      '@type': 'BlogPosting',
      headline: entry.title,
      url: absolute(`/posts/${entry.slug}`),
      datePublished: entry.date,
      about: expect.objectContaining({ '@type': 'CreativeWork', url: entry.url }),
    }),
  ]);
});

test('the header links to the feed, which lists the newest entries', async ({ page, request }) => {
  await page.goto('/about');
  const href = await page.getByRole('banner').getByRole('link', { name: 'Feed' }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body.match(/<item>/g)?.length).toBe(Math.min(entries.length, 50));
  expect(body.indexOf(`<guid isPermaLink="true">${absolute(`/posts/${entries[0].slug}`)}</guid>`)).toBeGreaterThan(0);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every share image answers 200 image/png at 1200×630, palette-compressed to at most 20 kB', async ({ request }) => {
  for (const path of ['/og/site.png', ...entries.map((e) => `/og/posts/${e.slug}.png`)]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe('image/png');
    const body = await response.body();
    expect(pngSize(body), path).toEqual({ width: 1200, height: 630 });
    expect(body.length, path).toBeLessThanOrEqual(20_000);
    // Colour type 3 in the IHDR chunk: indexed colour, a palette.
    expect(body[25], path).toBe(3);
  }
});

test('icons, manifest and robots.txt are served', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.name).toBe(site.name);
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toContain(icon.type);
  }
  // Feed readers and old browsers ask for /favicon.ico without reading any <link>.
  expect((await request.get('/favicon.ico')).headers()['content-type']).toBe('image/x-icon');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
});

/** Every HTML page of out/ as the path a reader visits: `posts/x.html` → `/posts/x`. */
function exportedPages(): string[] {
  return readdirSync('out', { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile() && file.name.endsWith('.html'))
    .map((file) => `/${relative('out', join(file.parentPath, file.name)).replace(/\.html$/, '')}`)
    .map((path) => (path === '/index' ? '/' : path));
}

test('the sitemap lists every public page of the build and nothing else', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url);
  const lastmods = [...sitemap.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map(([, day]) => day);
  // The share page is a tool for whoever adds links, kept out of search engines.
  const notPublic = new Set(['/404', '/_not-found', '/share']);
  const expected = exportedPages().filter((path) => !notPublic.has(path)).map(absolute);
  expect(listed.toSorted()).toEqual(expected.toSorted());
  expect(new Set(listed).size).toBe(listed.length);
  // Days from the content, not the time of the build.
  expect(lastmods.length).toBeGreaterThan(entries.length);
  expect(lastmods.every((day) => entries.some((e) => e.date === day))).toBe(true);
});
