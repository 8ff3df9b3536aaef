/**
 * `npm run budget:weight` (part of `npm test`): what a first visit downloads, measured in
 * Chromium against `npm start`, and checked against scripts/bench/budgets.ts. Exits 1 on a miss.
 * Also used by `npm run bench`, which writes the table into BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { kB, type MeasuredPage, PAGE_WEIGHT_BUDGET, pageWeightMisses, resourceKind, SEARCH_LCP_BUDGET_MS, type Transfer, weigh } from './budgets';
import { startSite } from './bench-support';
import { chromiumPath } from './chromium';

export interface BudgetedPage {
  name: string;
  path: string;
  /** False where Lighthouse's Performance does not apply (the 404 page). */
  performanceBudgeted: boolean;
  /** Where most readers land: held to the first-visit and LCP budgets. */
  landing?: boolean;
  /** Its own mobile LCP budget (search results). */
  lcpBudgetMs?: number;
  /** False for a page kept out of search engines (noindex), which Lighthouse's SEO score counts against it. */
  indexed?: boolean;
}

/** The pages the budgets cover, found in the built home page: its newest entry and that entry's first tag. */
export function budgetedPages(outDir = 'out'): BudgetedPage[] {
  const home = readFileSync(`${outDir}/index.html`, 'utf8');
  const entry = home.match(/href="(\/posts\/[^"#?]+)"/)?.[1];
  const tag = home.match(/href="(\/tags\/[^"#?]+)"/)?.[1];
  const week = readFileSync(`${outDir}/digest.html`, 'utf8').match(/href="(\/digest\/\d{4}-w\d{2})"/)?.[1];
  if (!entry || !tag || !week) throw new Error(`${outDir}/index.html or digest.html links to no entry, tag or week: build the site first.`);
  // A search for two tags at once, as the tag page's "narrow with another tag" links to it.
  const twoTags = readFileSync(`${outDir}${tag}.html`, 'utf8').match(/href="(\/search\?tag=[^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
  const readingList = readFileSync(`${outDir}/lists.html`, 'utf8').match(/href="(\/lists\/[^"#?]+)"/)?.[1];
  return [
    { name: 'home', path: '/', performanceBudgeted: true, landing: true },
    { name: 'entry', path: entry, performanceBudgeted: true, landing: true },
    { name: 'tag', path: tag, performanceBudgeted: true },
    { name: 'digest week', path: week, performanceBudgeted: true },
    ...(readingList ? [{ name: 'reading list', path: readingList, performanceBudgeted: true }] : []),
    { name: 'search', path: '/search', performanceBudgeted: true },
    { name: 'search results', path: '/search?q=consensus', performanceBudgeted: true, lcpBudgetMs: SEARCH_LCP_BUDGET_MS },
    ...(twoTags ? [{ name: 'search, two tags', path: twoTags, performanceBudgeted: false }] : []),
    { name: 'share', path: '/share', performanceBudgeted: true, indexed: false },
    { name: 'not found', path: '/no-such-page', performanceBudgeted: false },
  ];
}

/** Every response of a first visit (empty cache), until the network has been quiet for a second. */
export async function firstVisit(browser: Browser, url: string): Promise<Transfer[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<Transfer | undefined>[] = [];
  let lastResponse = Date.now();
  page.on('response', (response) => {
    lastResponse = Date.now();
    pending.push(
      response.body().then(
        // As a host sends it: gzipped, unless that would not make it smaller (images, the search index).
        (body) => ({ url: response.url(), kind: resourceKind(response.request().resourceType()), bytes: Math.min(body.length, gzipSync(body).length) }),
        () => undefined, // a redirect has no body
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  while (Date.now() - lastResponse < 1000) await page.waitForTimeout(200);
  const transfers = (await Promise.all(pending)).filter((transfer) => transfer !== undefined);
  await context.close();
  return transfers;
}

export interface PageWeights {
  pages: (MeasuredPage & { transfers: Transfer[] })[];
  misses: string[];
}

export async function measurePageWeights(outDir = 'out'): Promise<PageWeights> {
  const site = await startSite();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const pages = [];
    for (const { name, path, landing } of budgetedPages(outDir)) {
      const transfers = await firstVisit(browser, `${site.base}${path}`);
      pages.push({ name, path, landing, weight: weigh(transfers), transfers });
    }
    return { pages, misses: pageWeightMisses(pages) };
  } finally {
    await browser.close();
    await site.stop();
  }
}

export function pageWeightTable({ pages }: PageWeights): string {
  const rows = pages.map(
    ({ name, path, weight }) =>
      `| ${name} | \`${path}\` | ${kB(weight.html)} | ${kB(weight.css)} | ${kB(weight.js)} | ${kB(weight.other)} | ${kB(weight.html + weight.css + weight.js + weight.other)} |`,
  );
  return [
    '| page | path | HTML | CSS | JS | other | all |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Budgets: JS ≤ ${kB(PAGE_WEIGHT_BUDGET.staticJs)} on every page but search and share, ${kB(PAGE_WEIGHT_BUDGET.searchJs)} on search, ${kB(PAGE_WEIGHT_BUDGET.shareJs)} on share; ` +
      `a first visit to home or an entry ≤ ${kB(PAGE_WEIGHT_BUDGET.firstVisit)} in all, a first query ≤ ${kB(PAGE_WEIGHT_BUDGET.searchFirstQuery)}; ` +
      `CSS ≤ ${kB(PAGE_WEIGHT_BUDGET.css)}; home HTML ≤ ${kB(PAGE_WEIGHT_BUDGET.homeHtml)}.`,
  ].join('\n');
}

// Run as `npm run budget:weight`, not when imported by the other benchmarks.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const weights = await measurePageWeights();
  console.log(pageWeightTable(weights));
  if (weights.misses.length) {
    // What each page downloaded, to see what grew.
    for (const { name, transfers } of weights.pages) {
      console.error(`\n${name}:`);
      for (const { url, kind, bytes } of transfers) console.error(`  ${kind.padEnd(5)} ${kB(bytes).padStart(9)}  ${url.replace(/^https?:\/\/[^/]+/, '')}`);
    }
    console.error(`\nOver budget:\n${weights.misses.map((miss) => `  ${miss}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log('\nWithin budget.');
}
