/**
 * The site's speed budgets (issue "Quality budgets"), checked by `npm run budget` and
 * `npm test`, and reported by `npm run bench`. Bytes are gzip bytes, as a host sends them;
 * 1 kB = 1,000 bytes.
 */
import { INTERACTIVE_PATHS, PATHS } from '../../lib/routes';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface Transfer {
  url: string;
  kind: ResourceKind;
  /** gzip bytes */
  bytes: number;
}

export type Weight = Record<ResourceKind, number>;

export const PAGE_WEIGHT_BUDGET = {
  /** JavaScript on every page but search and share: the site script. */
  staticJs: 2_000,
  /** The search page's JavaScript: the site script and search.js, all search code included. */
  searchJs: 10_000,
  /** Everything arriving at `/search?q=…` downloads until its results are shown (shipped entries). */
  searchFirstQuery: 50_000,
  /** The share page's JavaScript: React, and the writer and checks `npm run new` and `npm run check` use (211 kB when set). */
  shareJs: 225_000,
  /** Everything a first visit to the home page or an entry downloads. */
  firstVisit: 25_000,
  css: 15_000,
  homeHtml: 40_000,
};

export const LIGHTHOUSE_BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

/** Largest Contentful Paint on a simulated mobile connection, ms, for the home page and an entry. */
export const LCP_BUDGET_MS = 1_000;
/** The same for search results, which need the index's files before they can paint. */
export const SEARCH_LCP_BUDGET_MS = 1_500;

/** Building 5,000 entries may take at most this many times as long as 1,000: the cost per entry stays flat. */
export const BUILD_SCALE_BUDGET = 6;

/**
 * A rebuild after adding one entry, keeping only node_modules and .next/cache as Vercel does,
 * may take at most this share of the cold build, by number of entries.
 */
export const WARM_BUILD_BUDGET: Record<number, number> = { 1000: 0.5, 3000: 0.4 };

/** The rebuilds the build benchmark makes, one after another. */
export type Rebuild = 'one new link' | 'a title changed' | 'a tag description changed';

/**
 * At 10,000 entries (1,040 tags), each rebuild's budget in seconds, and the one with a new link
 * also as a share of the cold build: a person with years of links waits a minute, not minutes.
 */
export const REBUILD_BUDGET: Record<number, { seconds: Record<Rebuild, number>; share: number }> = {
  10000: { seconds: { 'one new link': 60, 'a title changed': 60, 'a tag description changed': 90 }, share: 0.1 },
};

/** A browser's resource type (Playwright's names) as one of the budget's kinds. */
export function resourceKind(resourceType: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  return 'other';
}

export function weigh(transfers: readonly Transfer[]): Weight {
  const weight: Weight = { html: 0, css: 0, js: 0, other: 0 };
  for (const { kind, bytes } of transfers) weight[kind] += bytes;
  return weight;
}

export interface MeasuredPage {
  name: string;
  path: string;
  weight: Weight;
  /** The home page and an entry: what most readers land on, held to the first-visit budget. */
  landing?: boolean;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const total = (weight: Weight) => weight.html + weight.css + weight.js + weight.other;

/** What misses the page-weight budget, one line each. */
export function pageWeightMisses(pages: readonly MeasuredPage[]): string[] {
  const misses: string[] = [];
  for (const { name, path, weight, landing } of pages) {
    const page = path.split('?')[0];
    if (page === PATHS.search) {
      if (weight.js > PAGE_WEIGHT_BUDGET.searchJs) misses.push(`${name} (${path}): JS ${kB(weight.js)} > ${kB(PAGE_WEIGHT_BUDGET.searchJs)} on the search page`);
      if (path !== page && total(weight) > PAGE_WEIGHT_BUDGET.searchFirstQuery) {
        misses.push(`${name} (${path}): a first query ${kB(total(weight))} > ${kB(PAGE_WEIGHT_BUDGET.searchFirstQuery)}`);
      }
    } else if (!INTERACTIVE_PATHS.includes(page) && weight.js > PAGE_WEIGHT_BUDGET.staticJs) {
      misses.push(`${name} (${path}): JS ${kB(weight.js)} > ${kB(PAGE_WEIGHT_BUDGET.staticJs)} on a page with nothing interactive`);
    }
    if (page === PATHS.share && weight.js > PAGE_WEIGHT_BUDGET.shareJs) {
      misses.push(`${name} (${path}): JS ${kB(weight.js)} > ${kB(PAGE_WEIGHT_BUDGET.shareJs)} on the share page`);
    }
    if (landing && total(weight) > PAGE_WEIGHT_BUDGET.firstVisit) {
      misses.push(`${name} (${path}): first visit ${kB(total(weight))} > ${kB(PAGE_WEIGHT_BUDGET.firstVisit)}`);
    }
    if (weight.css > PAGE_WEIGHT_BUDGET.css) misses.push(`${name} (${path}): CSS ${kB(weight.css)} > ${kB(PAGE_WEIGHT_BUDGET.css)}`);
    if (path === '/' && weight.html > PAGE_WEIGHT_BUDGET.homeHtml) {
      misses.push(`${name} (${path}): HTML ${kB(weight.html)} > ${kB(PAGE_WEIGHT_BUDGET.homeHtml)}`);
    }
  }
  return misses;
}

/** Lighthouse category scores, 0–100. */
export type Scores = Record<keyof typeof LIGHTHOUSE_BUDGET, number>;

export interface LighthouseResult {
  name: string;
  formFactor: string;
  scores: Scores;
  /** False where the content is rendered in the browser (search results), which Performance cannot judge fairly. */
  performanceBudgeted: boolean;
  /** The home page and an entry, whose mobile LCP is budgeted. */
  landing?: boolean;
  /** A mobile LCP budget of the page's own, where it differs from the landing pages' (search results). */
  lcpBudgetMs?: number;
  /** False for a page kept out of search engines on purpose (share), whose SEO score says so. */
  indexed?: boolean;
  /** Largest Contentful Paint, ms. */
  lcp: number;
}

export function lighthouseMisses(results: readonly LighthouseResult[]): string[] {
  return results.flatMap(({ name, formFactor, scores, performanceBudgeted, landing, lcpBudgetMs, indexed, lcp }) => {
    const lcpBudget = lcpBudgetMs ?? (landing ? LCP_BUDGET_MS : undefined);
    return [
    ...Object.entries(LIGHTHOUSE_BUDGET)
      .filter(([category]) => (category !== 'performance' || performanceBudgeted) && (category !== 'seo' || indexed !== false))
      .filter(([category, minimum]) => scores[category as keyof Scores] < minimum)
      .map(([category, minimum]) => `${name}, ${formFactor}: ${category} ${scores[category as keyof Scores]} < ${minimum}`),
    ...(lcpBudget !== undefined && formFactor === 'mobile' && lcp > lcpBudget ? [`${name}, mobile: LCP ${Math.round(lcp)} ms > ${lcpBudget} ms`] : []),
    ];
  });
}

/** A cold and a warm build's seconds at `entries` → a miss, or nothing (also for sizes without a budget). */
export function warmBuildMiss(entries: number, cold: number, warm: number): string | undefined {
  const budget = WARM_BUILD_BUDGET[entries];
  const share = warm / cold;
  return budget !== undefined && share > budget
    ? `a rebuild of ${entries.toLocaleString('en')} entries took ${Math.round(share * 100)} % of the cold build (budget ${budget * 100} %)`
    : undefined;
}

/** A cold build's and its rebuilds' seconds at `entries` → the misses. */
export function rebuildMisses(entries: number, cold: number, rebuilds: Record<Rebuild, { seconds: number }>): string[] {
  const budget = REBUILD_BUDGET[entries];
  if (!budget) return [];
  const size = `${entries.toLocaleString('en')} entries`;
  const share = rebuilds['one new link'].seconds / cold;
  return [
    ...(Object.entries(budget.seconds) as [Rebuild, number][])
      .filter(([rebuild, seconds]) => rebuilds[rebuild].seconds > seconds)
      .map(([rebuild, seconds]) => `a rebuild of ${size} after ${rebuild} took ${rebuilds[rebuild].seconds.toFixed(0)} s (budget ${seconds} s)`),
    ...(share > budget.share ? [`a rebuild of ${size} after one new link took ${Math.round(share * 100)} % of the cold build (budget ${budget.share * 100} %)`] : []),
  ];
}

/** Seconds to build 1,000 and 5,000 entries → a miss, or nothing. */
export function buildScaleMiss(seconds1000: number, seconds5000: number): string | undefined {
  const ratio = seconds5000 / seconds1000;
  return ratio > BUILD_SCALE_BUDGET ? `5,000 entries took ${ratio.toFixed(2)}× as long as 1,000 (budget ${BUILD_SCALE_BUDGET}×)` : undefined;
}
