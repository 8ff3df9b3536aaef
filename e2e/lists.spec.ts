/** Reading lists: the index, a list's path, an entry's place in it, its feed, search and share image. */
import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { entries, readingLists } from './content';

const titleOf = (slug: string) => entries.find((entry) => entry.slug === slug)!.title;

test('/lists shows every list with its length, linking to it', async ({ page }) => {
  expect(readingLists.length).toBeGreaterThanOrEqual(2);
  await page.goto('/lists');
  for (const list of readingLists) {
    const item = page.locator('main li').filter({ has: page.getByRole('link', { name: list.title, exact: true }) });
    await expect(item.getByRole('link', { name: list.title, exact: true })).toHaveAttribute('href', `/lists/${list.slug}`);
    await expect(item).toContainText(`${list.steps.length} steps`);
  }
});

test("a list's page numbers its steps, each with its note and card, and the reader's place is the address's anchor", async ({ page }) => {
  const [list] = readingLists;
  await page.goto(`/lists/${list.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(list.title);
  const steps = page.locator('main ol > li');
  await expect(steps).toHaveCount(list.steps.length);
  for (const [index, step] of list.steps.entries()) {
    const item = steps.nth(index);
    await expect(item).toHaveAttribute('id', `step-${index + 1}`);
    await expect(item).toContainText(`Step ${index + 1} of ${list.steps.length}`);
    await expect(item).toContainText(step.note.slice(0, 40));
    await expect(item.locator('article h2 > a').first()).toHaveText(titleOf(step.entry));
  }
  // Each step leads to the next by its anchor, and the step in the address is marked, with no script.
  await steps.first().getByRole('link', { name: /^Next: step 2/ }).click();
  await expect(page).toHaveURL(new RegExp(`/lists/${list.slug}#step-2$`));
  expect(await steps.nth(1).evaluate((element) => element.matches(':target') && getComputedStyle(element).boxShadow !== 'none')).toBe(true);
  await expect(steps.last()).toContainText('The end of the list');
});

test("an entry's page says which step of which list it is, with the steps either side", async ({ page }) => {
  const [list] = readingLists;
  const step = list.steps[1];
  await page.goto(`/posts/${step.entry}`);
  const place = page.getByRole('complementary', { name: 'Reading lists' });
  await expect(place).toContainText(`Step 2 of ${list.steps.length} in ${list.title}`);
  await expect(place.getByRole('link', { name: list.title })).toHaveAttribute('href', `/lists/${list.slug}#step-2`);
  await expect(place.getByRole('link', { name: titleOf(list.steps[0].entry) })).toHaveAttribute('href', `/posts/${list.steps[0].entry}`);
  await expect(place.getByRole('link', { name: titleOf(list.steps[2].entry) })).toHaveAttribute('href', `/posts/${list.steps[2].entry}`);
});

test("a list's feed parses and carries its steps; its share image and the sitemap know it; search filters by it", async ({ page, request }) => {
  const [list] = readingLists;
  const feed = await new Parser().parseString(await (await request.get(`/lists/${list.slug}/feed.xml`)).text());
  expect(feed.title).toContain(list.title);
  expect(feed.items.map((item) => item.title).sort()).toEqual(list.steps.map((step) => titleOf(step.entry)).sort());
  const image = await request.get(`/og/lists/${list.slug}.png`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(await (await request.get('/sitemap.xml')).text()).toContain(`/lists/${list.slug}</loc>`);

  await page.goto(`/search?list=${list.slug}`);
  await expect(page.getByLabel('List')).toHaveValue(list.slug);
  const newestFirst = [...list.steps].map((step) => entries.find((entry) => entry.slug === step.entry)!).sort((a, b) => entries.indexOf(a) - entries.indexOf(b));
  await expect.poll(async () => page.locator('main article h2 > a').allTextContents()).toEqual(newestFirst.map((entry) => entry.title));
});
