import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { digestWeeks, firstWords } from './content';

test('/digest lists every complete week with its count, newest first, each leading to its links in the order shared', async ({ page }) => {
  await page.goto('/digest');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The week in links');
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(Math.min(digestWeeks.length, 25));
  for (const [index, week] of digestWeeks.slice(0, 3).entries()) {
    await expect(items.nth(index).getByRole('link')).toHaveAttribute('href', `/digest/${week.id}`);
    await expect(items.nth(index)).toContainText(`${week.entries.length} ${week.entries.length === 1 ? 'link' : 'links'}`);
  }

  const [newest, older] = digestWeeks;
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(`/digest/${newest.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^The week in links: /);
  expect(await page.locator('main article h2 > a').allTextContents()).toEqual(newest.entries.map((entry) => entry.title));
  for (const entry of newest.entries) {
    const card = page.locator('main article').filter({ has: page.getByRole('link', { name: entry.title, exact: true }) });
    await expect(card.getByRole('link', { name: entry.title, exact: true })).toHaveAttribute('href', entry.quote ? `/posts/${entry.slug}` : entry.url);
    await expect(card.getByRole('link', { name: /^Permalink/ })).toHaveAttribute('href', `/posts/${entry.slug}`);
    if (entry.commentary) await expect(card).toContainText(firstWords(entry.commentary));
  }
  await page.getByRole('navigation', { name: 'More weeks' }).getByRole('link', { name: /Older/ }).click();
  await expect(page).toHaveURL(`/digest/${older.id}`);
  await expect(page.getByRole('navigation', { name: 'More weeks' }).getByRole('link', { name: /Newer/ })).toHaveAttribute('href', `/digest/${newest.id}`);
});

test('without a newsletter the digest offers the feeds, and forms may post to the site alone', async ({ page, request }) => {
  await page.goto(`/digest/${digestWeeks[0].id}`);
  await expect(page.getByRole('form', { name: /^Subscribe by email/ })).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'one item a week' }).click();
  await expect(page).toHaveURL(/\/digest\/feed\.xml$/);
  const policy = (await request.get('/digest')).headers()['content-security-policy'];
  expect(policy).toContain("form-action 'self';");
});

test('the digest feed has one item per complete week, the newest 20, each holding exactly its links', async ({ request }) => {
  const response = await request.get('/digest/feed.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const feed = await new Parser().parseString(await response.text());
  expect(feed.items.map((item) => new URL(item.guid!).pathname)).toEqual(digestWeeks.slice(0, 20).map((week) => `/digest/${week.id}`));
  for (const [index, item] of feed.items.entries()) {
    const links = [...item.content!.matchAll(/<h2><a href="([^"]+)"/g)].map(([, href]) => href.replaceAll('&amp;', '&'));
    expect(links, item.title).toEqual(digestWeeks[index].entries.map((entry) => entry.url));
    expect(item.content).not.toMatch(/<script|class=|style=|href="\//);
  }
});
