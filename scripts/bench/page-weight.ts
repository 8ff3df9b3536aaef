/**
 * `npm run budget:weight` (part of `npm test`): what a first visit downloads, measured in
 * Chromium against `npm start`, and checked against scripts/bench/budgets.ts. Exits 1 on a miss.
 * Also used by `npm run bench`, which writes the table into BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { kB, type MeasuredPage, PAGE_WEIGHT_BUDGET, pageWeightMisses, resourceKind, type Transfer, weigh } from './budgets';
import { startSite } from './bench-support';
import { chromiumPath } from './chromium';

export interface BudgetedPage {
  name: string;
  path: string;
  /** False for search results: Pagefind renders them in the browser, and `npm run bench:search` times them. */
  performanceBudgeted: boolean;
}

/** The pages the budgets cover, found in the built home page: its newest entry and that entry's first tag. */
export function budgetedPages(outDir = 'out'): BudgetedPage[] {
  const home = readFileSync(`${outDir}/index.html`, 'utf8');
  const entry = home.match(/href="(\/posts\/[^"#?]+)"/)?.[1];
  const tag = home.match(/href="(\/tags\/[^"#?]+)"/)?.[1];
  if (!entry || !tag) throw new Error(`${outDir}/index.html links to no entry or no tag: build the site first.`);
  return [
    { name: 'home', path: '/', performanceBudgeted: true },
    { name: 'entry', path: entry, performanceBudgeted: true },
    { name: 'tag', path: tag, performanceBudgeted: true },
    { name: 'search', path: '/search', performanceBudgeted: true },
    { name: 'search results', path: '/search?q=consensus', performanceBudgeted: false },
  ];
}

export const RUNTIME_PAGE = { name: 'runtime (404 page)', path: '/no-such-page' };

/** Every response of a first visit (empty cache), until the network has been quiet for a second. */
async function firstVisit(browser: Browser, url: string): Promise<Transfer[]> {
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
  runtime: MeasuredPage & { transfers: Transfer[] };
  misses: string[];
}

export async function measurePageWeights(outDir = 'out'): Promise<PageWeights> {
  const site = await startSite();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const measure = async ({ name, path }: { name: string; path: string }) => {
      const transfers = await firstVisit(browser, `${site.base}${path}`);
      return { name, path, weight: weigh(transfers), transfers };
    };
    const runtime = await measure(RUNTIME_PAGE);
    const pages = [];
    for (const page of budgetedPages(outDir)) pages.push(await measure(page));
    return { pages, runtime, misses: pageWeightMisses(pages, runtime.weight) };
  } finally {
    await browser.close();
    await site.stop();
  }
}

export function pageWeightTable({ pages, runtime }: PageWeights): string {
  const rows = [runtime, ...pages].map(
    ({ name, path, weight }) => `| ${name} | \`${path}\` | ${kB(weight.html)} | ${kB(weight.css)} | ${kB(weight.js)} | ${kB(weight.other)} |`,
  );
  return [
    '| page | path | HTML | CSS | JS | other |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Budgets: JS ≤ the runtime's ${kB(runtime.weight.js)} + ${kB(PAGE_WEIGHT_BUDGET.jsOverRuntime)} = ${kB(runtime.weight.js + PAGE_WEIGHT_BUDGET.jsOverRuntime)} on every page but search; ` +
      `CSS ≤ ${kB(PAGE_WEIGHT_BUDGET.css)}; home HTML ≤ ${kB(PAGE_WEIGHT_BUDGET.homeHtml)}.`,
  ].join('\n');
}

// Run as `npm run budget:weight`, not when imported by the other benchmarks.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const weights = await measurePageWeights();
  console.log(pageWeightTable(weights));
  if (weights.misses.length) {
    // What each page downloaded, to see what grew.
    for (const { name, transfers } of [weights.runtime, ...weights.pages]) {
      console.error(`\n${name}:`);
      for (const { url, kind, bytes } of transfers) console.error(`  ${kind.padEnd(5)} ${kB(bytes).padStart(9)}  ${url.replace(/^https?:\/\/[^/]+/, '')}`);
    }
    console.error(`\nOver budget:\n${weights.misses.map((miss) => `  ${miss}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log('\nWithin budget.');
}
