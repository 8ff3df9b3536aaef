import { expect, type Page, test } from '@playwright/test';
import { entries } from './content';

/** Titles of the result cards, once the search has answered. */
async function resultTitles(page: Page): Promise<string[]> {
  await expect(page.getByRole('status')).toHaveText(/result|Nothing/);
  return page.locator('main article h2 > a').allTextContents();
}

const status = (page: Page) => page.getByRole('status');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search words' });

test('"linearizability" shows the S2 entry first, with the word highlighted', async ({ page }) => {
  const s2 = entries.find((entry) => /\bS2\b/.test(entry.title))!;
  await page.goto('/search?q=linearizability');
  expect((await resultTitles(page))[0]).toBe(s2.title);
  await expect(page.locator('main article').first().locator('mark').first()).toHaveText(/^linearizability$/i);
});

test('"TLA+" finds both AWS outage entries', async ({ page }) => {
  const outageEntries = entries.filter((entry) => /aws outage/i.test(entry.title)).map((entry) => entry.title);
  expect(outageEntries).toHaveLength(2);
  await page.goto('/search?q=TLA%2B');
  expect(await resultTitles(page)).toEqual(expect.arrayContaining(outageEntries));
});

test('a tag filter and a kind filter narrow the results, and back undoes them', async ({ page }) => {
  await page.goto('/search?q=distributed');
  const all = await resultTitles(page);
  expect(all.length).toBeGreaterThan(2);

  await page.getByLabel('Tag', { exact: true }).selectOption('databases');
  await expect(page).toHaveURL(/[?&]tag=databases/);
  await expect.poll(async () => (await resultTitles(page)).length).toBeLessThan(all.length);
  const tagged = await resultTitles(page);
  const withTag = entries.filter((entry) => entry.tags.includes('databases')).map((entry) => entry.title);
  for (const title of tagged) expect(withTag).toContain(title);

  await page.goBack();
  await expect(page).not.toHaveURL(/tag=/);
  await expect.poll(async () => (await resultTitles(page)).length).toBe(all.length);

  // A kind alone, without words, lists every entry of that kind, newest first.
  const rarest = [...new Set(entries.map((entry) => entry.kind))].sort(
    (a, b) => entries.filter((e) => e.kind === a).length - entries.filter((e) => e.kind === b).length,
  )[0];
  await page.goto(`/search?kind=${rarest}`);
  expect(await resultTitles(page)).toEqual(entries.filter((entry) => entry.kind === rarest).map((entry) => entry.title));
});

test('the query lives in the URL: typing updates it, a reload and the back button keep it', async ({ page }) => {
  await page.goto('/search');
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill('idempotency');
  await expect(page).toHaveURL(/\/search\?q=idempotency$/);
  await expect(page.locator('main article h2 > a').first()).toHaveText(/Idempotency/);

  await page.reload();
  await expect(searchBox(page)).toHaveValue('idempotency');
  expect((await resultTitles(page))[0]).toMatch(/Idempotency/);

  await page.locator('main article h2').first().locator('a[href^="/domains/"]').click();
  await expect(page).toHaveURL(/\/domains\//);
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('idempotency');
  expect((await resultTitles(page))[0]).toMatch(/Idempotency/);
});

test('a tag the menu does not offer is shown as the filter it is, and kept when another menu changes', async ({ page }) => {
  await page.goto('/search?q=distributed&tag=no-such-tag');
  await expect(page.getByRole('button', { name: 'Remove the tag no-such-tag' })).toHaveText('#no-such-tag ×');
  await expect(status(page)).toHaveText('No results for “distributed”');
  await page.getByLabel('Order').selectOption('newest');
  await expect(page).toHaveURL(/[?&]tag=no-such-tag/);
  await expect(page).toHaveURL(/[?&]sort=newest/);
});

test('several tags at once: the results have all of them, the URL says so, and Back takes one away', async ({ page }) => {
  const both = entries.filter((entry) => entry.tags.includes('formal-methods') && entry.tags.includes('tla-plus'));
  expect(both.length).toBeLessThan(entries.filter((entry) => entry.tags.includes('formal-methods')).length);
  await page.goto('/search?tag=formal-methods');
  await expect(status(page)).toHaveText(/result/);
  const tag = page.getByLabel('Tag', { exact: true });
  await expect(tag.locator('option').first()).toHaveText('And a tag…');
  await tag.selectOption('tla-plus');
  await expect(page).toHaveURL(/\/search\?tag=formal-methods&tag=tla-plus$/);
  await expect.poll(() => resultTitles(page)).toEqual(both.map((entry) => entry.title));
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?tag=formal-methods$/);
  await expect(page.getByRole('button', { name: /^Remove the tag/ })).toHaveCount(1);
  await page.goForward();
  await page.getByRole('button', { name: 'Remove the tag formal-methods' }).click();
  await expect(page).toHaveURL(/\/search\?tag=tla-plus$/);
  // A shared address with two tags, and an alias of a tag (content/tags.yml), filter the same.
  await page.goto('/search?tag=formal-methods&tag=tla');
  await expect.poll(() => resultTitles(page)).toEqual(both.map((entry) => entry.title));
});

test('Enter on the words just typed adds no second history entry for the same address', async ({ page }) => {
  await page.goto('/');
  await page.goto('/search');
  await searchBox(page).fill('raft');
  await expect(page).toHaveURL(/\/search\?q=raft$/);
  const before = await page.evaluate(() => history.length);
  await searchBox(page).press('Enter');
  await expect(status(page)).toHaveText(/result/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('the newest-first order sorts results by the day shared', async ({ page }) => {
  await page.goto('/search?q=aws&sort=newest');
  const titles = await resultTitles(page);
  const expected = entries.filter((entry) => titles.includes(entry.title)).map((entry) => entry.title);
  expect(titles).toEqual(expected);
  await expect(page.getByLabel('Order', { exact: true })).toHaveValue('newest');
});

test('a search with no result says so and offers a way on', async ({ page }) => {
  await page.goto('/search?q=qwxzzy&kind=docs');
  await expect(page.getByRole('heading', { name: 'Nothing matches “qwxzzy” among docs.' })).toBeVisible();
  await expect(page.locator('main article')).toHaveCount(0);
  await page.getByRole('link', { name: 'search without filters' }).click();
  await expect(page).toHaveURL(/\/search\?q=qwxzzy$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'archive' })).toBeVisible();
});

test('only entry content is indexed: not headers, footers or other pages', async ({ page }) => {
  // Words only in the footer ("Made with ❤ by Federico Ponzi") and on the About page.
  for (const words of ['Federico', 'Ponzi']) {
    await page.goto(`/search?q=${encodeURIComponent(words)}`);
    expect(await resultTitles(page), words).toEqual([]);
  }
});

test('search works by keyboard alone, from any page', async ({ page }) => {
  await page.goto('/about');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the links' })).toBeFocused();
  await page.keyboard.type('linearizability');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=linearizability$/);
  await expect(status(page)).toHaveText(/1 result/);

  // From the box: past the filters, to the first result's link, and out.
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  const firstLink = page.locator('main article h2 > a').first();
  for (let i = 0; i < 10 && !(await firstLink.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstLink).toBeFocused();
});

test('the search code loads on the search page only', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const searchCode = () => requests.filter((path) => path === '/search.js' || path.startsWith('/search-index/'));
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the links' }).focus();
  await page.goto(`/posts/${entries[0].slug}`);
  expect(searchCode()).toEqual([]);

  await page.goto('/search?q=raft');
  await expect(status(page)).toHaveText(/result|Nothing/);
  expect(searchCode()).toContain('/search.js');
  expect(searchCode().some((path) => /^\/search-index\/[0-9a-f]{16}\/manifest\.json$/.test(path))).toBe(true);
});

test('a search page open across a deploy never shows another build’s entries: it asks for a reload', async ({ page }) => {
  await page.goto('/search?q=raft');
  await expect(status(page)).toHaveText(/result/);
  // The next deploy's index is in another folder: this build's files are gone from the host.
  await page.route('**/search-index/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await searchBox(page).fill('zookeeper paxos');
  await expect(status(page)).toHaveText('The site has been updated since this page opened: reload it to search the new links.');
});

test('a misspelt word shows the results for the nearest word, says so, and offers the words as typed', async ({ page }) => {
  const s2 = entries.find((entry) => /\bS2\b/.test(entry.title))!;
  await page.goto('/search?q=linaerizability');
  expect((await resultTitles(page))[0]).toBe(s2.title);
  const correction = page.getByRole('main').getByText('Showing results for');
  await expect(correction).toHaveText('Showing results for linearizability. Search instead for linaerizability.');
  await expect(page.locator('main article').first().locator('mark').first()).toHaveText(/^linearizability$/i);
  await correction.getByRole('link', { name: 'linaerizability' }).click();
  await expect(page).toHaveURL(/\/search\?q=linaerizability&literal=1$/);
  await expect(page.getByRole('heading', { name: 'Nothing matches “linaerizability”.' })).toBeVisible();
  await expect(correction).toBeHidden();
});

test('a match in the commentary alone shows the words around it, marked, under the description, not the index', async ({ page }) => {
  const dynamo = entries.find((entry) => /\bleaderless\b/.test(entry.commentary))!;
  expect(`${dynamo.title} ${dynamo.description}`).not.toMatch(/leaderless/i);
  await page.goto('/search?q=leaderless');
  expect(await resultTitles(page)).toEqual([dynamo.title]);
  const card = page.locator('main article').first();
  await expect(card.locator('[data-search-summary]')).toHaveText(dynamo.description);
  const around = card.locator('[data-search-excerpt]');
  await expect(around.locator('mark')).toHaveText('leaderless');
  await expect(around).toContainText('leaderless, eventually consistent');
  await expect(around).not.toContainText(/Article ·|·.*·/);
});

test("a match in a quotation's commentary never shows inside the quoted person's words", async ({ page }) => {
  const quotation = entries.find((entry) => entry.quote && /\bsentences\b/.test(entry.commentary) && !/sentences/i.test(entry.quote))!;
  await page.goto('/search?q=sentences');
  const card = page.locator('main article').filter({ has: page.getByRole('link', { name: quotation.title, exact: true }) });
  await expect(card.locator('[data-search-excerpt] mark')).toHaveText('sentences');
  await expect(card.locator('blockquote')).not.toContainText('sentences');
  await expect(card.locator('blockquote')).toContainText(quotation.quote!.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' '));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the archive', async ({ page }) => {
    await page.goto('/search?q=raft');
    // Playwright's text locators skip <noscript>; innerText is what the reader sees.
    expect(await page.getByRole('main').innerText()).toContain('Search runs in your browser and needs JavaScript.');
    // The form still works as a plain GET form.
    await page.getByRole('searchbox', { name: 'Search words' }).fill('paxos');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=paxos&/);
    // The noscript message's link comes first; the other is the hidden no-results message's.
    await page.locator('main a[href="/archive"]').first().click();
    await expect(page).toHaveURL(/\/archive$/);
  });
});
