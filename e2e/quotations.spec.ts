import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { entries } from './content';

const quotations = entries.filter((entry) => entry.quote);
const firstWords = (quote: string) => quote.replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ');

test('the home page shows a quotation as its words, who said them linking to the source, and a permalink', async ({ page }) => {
  expect(quotations.length).toBeGreaterThanOrEqual(2);
  await page.goto('/');
  for (const quotation of quotations) {
    const card = page.locator('main article').filter({ has: page.getByRole('link', { name: quotation.title, exact: true }) });
    await expect(card.locator('blockquote')).toHaveAttribute('cite', quotation.url);
    await expect(card.locator('blockquote')).toContainText(firstWords(quotation.quote!));
    await expect(card.getByRole('link', { name: quotation.by, exact: true })).toHaveAttribute('href', quotation.url);
    await expect(card.getByRole('link', { name: quotation.title, exact: true })).toHaveAttribute('href', `/posts/${quotation.slug}`);
    await expect(card.getByRole('link', { name: 'Quotation' })).toHaveAttribute('href', '/quotes');
  }
});

test("a quotation's page quotes and cites its source, and says so in JSON-LD", async ({ page }) => {
  const [quotation] = quotations;
  await page.goto(`/posts/${quotation.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(quotation.title);
  await expect(page.getByRole('main').locator('blockquote')).toContainText(firstWords(quotation.quote!));
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data.about).toEqual(expect.objectContaining({ '@type': 'Quotation', creator: { '@type': 'Person', name: quotation.by }, isBasedOn: expect.objectContaining({ url: quotation.url }) }));
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toContain(`/og/posts/${quotation.slug}.png`);
});

test('/quotes lists every quotation, newest first, and its feed titles each "Quoting <who>" with the words as content', async ({ page, request }) => {
  await page.goto('/quotes');
  expect(await page.locator('main article h2 > a').allTextContents()).toEqual(quotations.map((quotation) => quotation.title));
  const feed = await new Parser().parseString(await (await request.get('/quotes/feed.xml')).text());
  expect(feed.items.map((item) => item.title)).toEqual(quotations.map((quotation) => quotation.title));
  for (const [index, item] of feed.items.entries()) {
    expect(item.content).toContain('<blockquote cite=');
    expect(item.content).toContain(firstWords(quotations[index].quote!));
  }
});

test('a quotation is a kind of its own: no list, count, filter or feed calls it an article', async ({ page, request }) => {
  const articles = entries.filter((entry) => entry.kind === 'article');
  await page.goto('/kinds/article');
  expect(await page.locator('main article h2 > a').allTextContents()).toEqual(articles.map((entry) => entry.title));
  await page.goto('/kinds');
  await expect(page.getByRole('link', { name: /^Quotations/ })).toHaveAttribute('href', '/quotes');
  await expect(page.getByRole('main')).toContainText(new RegExp(`Articles\\D*${articles.length}\\b`));
  await page.goto('/search');
  await expect(page.getByLabel('Kind').locator('option', { hasText: 'Articles' })).toHaveText(`Articles (${articles.length})`);
  await expect(page.getByLabel('Kind').locator('option', { hasText: 'Quotations' })).toHaveText(`Quotations (${quotations.length})`);
  expect((await request.get('/kinds/quotation')).status()).toBe(404);
  const digest = await (await request.get('/digest/feed.xml')).text();
  expect(quotations.some((quotation) => digest.includes(quotation.title)), 'a quotation in a week of the digest').toBe(true);
  expect(digest).toContain(' · Quotation · ');
});

test('search finds a quotation by a word of it, and filters for quotations', async ({ page }) => {
  const [quotation] = quotations;
  const word = quotation.quote!.match(/\b[a-z]{12,}\b/i)![0];
  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole('status')).toHaveText(/result/);
  expect((await page.locator('main article h2 > a').allTextContents())[0]).toBe(quotation.title);
  await page.goto('/search?kind=quotation');
  await expect(page.getByRole('status')).toHaveText(/result/);
  expect(await page.locator('main article h2 > a').allTextContents()).toEqual(quotations.map((q) => q.title));
});
