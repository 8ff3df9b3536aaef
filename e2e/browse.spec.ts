import { expect, test } from '@playwright/test';
import { entries } from './content';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const links = (count: number) => `${count} ${count === 1 ? 'link' : 'links'}`;

test('the archive lists every entry once, by year and month, newest first, with counts, a page per year', async ({ page }) => {
  const years = [...new Set(entries.map((entry) => entry.date.slice(0, 4)))];
  await page.goto('/archive');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    years.map((year) => `${year} ${links(entries.filter((entry) => entry.date.startsWith(year)).length)}`),
  );

  const listed: string[] = [];
  for (const year of years) {
    await page.goto('/archive');
    await page.getByRole('link', { name: year, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/archive/${year}$`));
    listed.push(...(await page.locator('main li a').allTextContents()));
  }
  expect(listed).toEqual(entries.map((entry) => entry.title));

  const newest = entries[0].date;
  const year = newest.slice(0, 4);
  const month = `${MONTHS[Number(newest.slice(5, 7)) - 1]} ${year}`;
  const inMonth = entries.filter((entry) => entry.date.startsWith(newest.slice(0, 7))).length;
  await page.goto('/archive');
  await page.getByRole('link', { name: MONTHS[Number(newest.slice(5, 7)) - 1], exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/archive/${year}#month-${year}-${Number(newest.slice(5, 7))}$`));
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(`${month} ${links(inMonth)}`);
});

test('the kind badge on a card leads to every entry of that kind', async ({ page }) => {
  const kind = entries[0].kind;
  await page.goto('/');
  await page.locator('main article').first().getByRole('link', { name: new RegExp(`^${kind}`, 'i') }).click();
  await expect(page).toHaveURL(new RegExp(`/kinds/${kind}$`));
  const titles: string[] = [];
  for (;;) {
    titles.push(...(await page.locator('main article h2 > a').allTextContents()));
    const older = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Older →' });
    if ((await older.count()) === 0) break;
    await page.goto((await older.getAttribute('href'))!);
  }
  expect(titles).toEqual(entries.filter((entry) => entry.kind === kind).map((entry) => entry.title));
});

test('the hostname on a card leads to everything from that site', async ({ page }) => {
  const counts = new Map<string, number>();
  for (const { hostname } of entries) counts.set(hostname, (counts.get(hostname) ?? 0) + 1);
  const [hostname] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const entry = entries.find((e) => e.hostname === hostname)!;

  await page.goto(`/posts/${entry.slug}`);
  await page.getByRole('main').getByRole('link', { name: hostname, exact: true }).first().click();
  await expect(page).toHaveURL(`/domains/${hostname}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`From ${hostname}`);
  expect(await page.locator('main article h2 > a').allTextContents()).toEqual(
    entries.filter((e) => e.hostname === hostname).map((e) => e.title),
  );
});

test('the sources page lists every site with its count', async ({ page }) => {
  await page.goto('/domains');
  const hostnames = [...new Set(entries.map((entry) => entry.hostname))];
  await expect(page.locator('main li')).toHaveCount(hostnames.length);
  for (const hostname of hostnames.slice(0, 3)) {
    const count = entries.filter((entry) => entry.hostname === hostname).length;
    await expect(page.locator('main li').filter({ has: page.getByRole('link', { name: hostname, exact: true }) })).toHaveText(
      `${hostname} ${count} ${count === 1 ? 'link' : 'links'}`,
    );
  }
});

test('an entry page shows up to three related entries, each sharing a tag', async ({ page }) => {
  for (const entry of entries.slice(0, 6)) {
    await page.goto(`/posts/${entry.slug}`);
    const section = page.getByRole('region', { name: 'Related' });
    const sharing = entries.filter((other) => other.slug !== entry.slug && other.tags.some((tag) => entry.tags.includes(tag)));
    if (sharing.length === 0) {
      await expect(section).toHaveCount(0);
      continue;
    }
    const titles = await section.getByRole('link').allTextContents();
    expect(titles.length).toBe(Math.min(3, sharing.length));
    for (const title of titles) expect(sharing.map((other) => other.title)).toContain(title);
    // The one sharing the most tags comes first.
    const most = Math.max(...sharing.map((other) => other.tags.filter((tag) => entry.tags.includes(tag)).length));
    const first = sharing.find((other) => other.title === titles[0])!;
    expect(first.tags.filter((tag) => entry.tags.includes(tag)).length).toBe(most);
  }
});
