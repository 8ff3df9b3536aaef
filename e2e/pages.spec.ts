import { expect, type Page, test } from '@playwright/test';
import { entries, tagInfo, firstWords, tags } from './content';

/** Titles of the PostCards on the current page, in order. */
async function cardTitles(page: Page): Promise<string[]> {
  return page.locator('main article h2 > a').allTextContents();
}

/** Follows "Older →" from `start` to the last page, collecting every card title. */
async function walkPages(page: Page, start: string): Promise<string[]> {
  const titles: string[] = [];
  await page.goto(start);
  for (;;) {
    titles.push(...(await cardTitles(page)));
    const older = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Older →' });
    if ((await older.count()) === 0) return titles;
    // A full load of each page, as a reader arriving from a search engine or a feed gets it.
    await page.goto((await older.getAttribute('href'))!);
  }
}

test('the home page lists the newest entries, newest first: a page of ten and those that do not fill the next page yet', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Distributed Bytes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recent Posts');
  expect(await cardTitles(page)).toEqual(entries.slice(0, 10 + (entries.length % 10)).map((entry) => entry.title));
  await expect(page.getByRole('contentinfo')).toContainText('Made with ❤ by Federico Ponzi');
});

test('pagination reaches every entry exactly once', async ({ page }) => {
  expect(await walkPages(page, '/')).toEqual(entries.map((entry) => entry.title));
  // Page 1 holds the ten oldest, for good: newer entries go to the newest page, at the list's own address.
  await page.goto('/page/1');
  expect(await cardTitles(page)).toEqual(entries.slice(-10).map((entry) => entry.title));
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination.locator('[aria-current="page"]')).toHaveText('1');
  await pagination.getByRole('link', { name: 'Newest page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a PostCard links out, to its permalink and to its tags', async ({ page }) => {
  await page.goto('/');
  const [newest] = entries;
  const card = page.locator('main article').first();
  await expect(card.getByRole('link', { name: newest.title, exact: true })).toHaveAttribute('href', newest.url);
  await expect(card.locator('time')).toHaveAttribute('datetime', newest.date);
  await expect(card.getByRole('link', { name: `Permalink: ${newest.title}` })).toHaveAttribute('href', `/posts/${newest.slug}`);
  for (const tag of newest.tags) await expect(card.getByRole('link', { name: `#${tag}` })).toHaveAttribute('href', `/tags/${tag}`);
});

test('every entry page shows its title, external link and commentary', async ({ page }) => {
  for (const entry of entries) {
    const response = await page.goto(`/posts/${entry.slug}`);
    expect(response?.status(), entry.slug).toBe(200);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(entry.title);
    // A link's title leads to what it shares; a quotation's words cite their source.
    if (entry.quote) await expect(page.getByRole('main').locator('blockquote')).toHaveAttribute('cite', entry.url);
    else await expect(heading.getByRole('link')).toHaveAttribute('href', entry.url);
    await expect(page).toHaveTitle(`${entry.title} · Distributed Bytes`);
    if (entry.commentary) {
      await expect(page.getByRole('region', { name: 'Commentary' })).toContainText(firstWords(entry.commentary));
    }
  }
});

test('entry pages link to the older and newer entries', async ({ page }) => {
  const [newer, current, older] = entries;
  await page.goto(`/posts/${current.slug}`);
  const more = page.getByRole('navigation', { name: 'More posts' });
  await expect(more.getByRole('link', { name: new RegExp(older.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toHaveAttribute('href', `/posts/${older.slug}`);
  await expect(more.getByRole('link', { name: /Newer/ })).toHaveAttribute('href', `/posts/${newer.slug}`);
});

test('the tags page lists every tag with its count', async ({ page }) => {
  await page.goto('/tags');
  for (const tag of tags) {
    const count = entries.filter((entry) => entry.tags.includes(tag)).length;
    const item = page.locator('main li').filter({ has: page.getByRole('link', { name: `#${tag}`, exact: true }) });
    await expect(item).toContainText(`${count} ${count === 1 ? 'link' : 'links'}`);
  }
  expect(await page.locator('main li').count()).toBe(tags.length);
});

test('each tag page lists exactly the entries with that tag, under its title and description', async ({ page }) => {
  // Two dozen tags, each loaded in full: about 20 s here, more on a busy machine.
  test.setTimeout(90_000);
  for (const tag of tags) {
    const expected = entries.filter((entry) => entry.tags.includes(tag)).map((entry) => entry.title);
    expect(await walkPages(page, `/tags/${tag}`), tag).toEqual(expected);
    await page.goto(`/tags/${tag}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`#${tag}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(tagInfo.get(tag)!.title);
    await expect(page.getByRole('main')).toContainText(tagInfo.get(tag)!.description);
  }
});

test('the about page says what the site is and who runs it', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About');
  await expect(page.getByRole('main')).toContainText('link blog');
  await expect(page.getByRole('main')).toContainText('Federico Ponzi');
});

test('an unknown address answers 404 with the site header and a way back', async ({ page }) => {
  for (const path of ['/no-such-page', '/posts/no-such-entry', '/page/999', '/tags/no-such-tag', '/page/0', `/page/${Math.floor(entries.length / 10)}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Distributed Bytes' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the recent posts' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recent Posts');
});
