/** A tag vocabulary that can change without breaking a link: other names redirect, tags narrow each other. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { parse } from 'yaml';
import { entries } from './content';

/** content/tags.yml's other names, read straight from the file: alias → tag. */
const otherNames: [string, string][] = (parse(readFileSync('content/tags.yml', 'utf8')) as { tags: { name: string; aliases?: string[] }[] }).tags.flatMap(
  ({ name, aliases }) => (aliases ?? []).map((alias): [string, string] => [alias, name]),
);

test("a tag's other name answers with a permanent redirect to the tag, its page, later pages and feed, on npm start and in vercel.json", async ({ request }) => {
  expect(otherNames.length).toBeGreaterThan(0);
  const redirects = (JSON.parse(readFileSync('vercel.json', 'utf8')) as { redirects: { source: string; destination: string; permanent: boolean }[] }).redirects;
  for (const [alias, tag] of otherNames) {
    for (const [from, to] of [
      [`/tags/${alias}`, `/tags/${tag}`],
      [`/tags/${alias}/page/2`, `/tags/${tag}`],
      [`/tags/${alias}/feed.xml`, `/tags/${tag}/feed.xml`],
    ]) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers().location, from).toBe(to);
    }
    expect(redirects).toContainEqual({ source: `/tags/${alias}`, destination: `/tags/${tag}`, permanent: true });
    expect(redirects).toContainEqual({ source: `/tags/${alias}/feed.xml`, destination: `/tags/${tag}/feed.xml`, permanent: true });
  }
  // Following the feed's redirect ends at a feed that parses.
  const [alias, tag] = otherNames[0];
  const feed = await new Parser().parseString(await (await request.get(`/tags/${alias}/feed.xml`)).text());
  expect(feed.items.length).toBe(entries.filter((entry) => entry.tags.includes(tag)).length);
});

test('a tag page offers to narrow it with the tags its entries hold beside it, with counts', async ({ page }) => {
  await page.goto('/tags/formal-methods');
  const narrow = page.getByRole('navigation', { name: 'Narrow with another tag' });
  const both = entries.filter((entry) => entry.tags.includes('formal-methods') && entry.tags.includes('tla-plus')).length;
  await expect(narrow).toContainText(`#tla-plus (${both})`);
  await narrow.getByRole('link', { name: '#tla-plus' }).click();
  await expect(page).toHaveURL(/\/search\?tag=formal-methods&tag=tla-plus$/);
  await expect(page.locator('main article h2 > a')).toHaveCount(both);
});
