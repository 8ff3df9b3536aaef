/**
 * The site's speed budgets (issue "Quality budgets"), checked by `npm run budget` and
 * `npm test`, and reported by `npm run bench`. Bytes are gzip bytes, as a host sends them;
 * 1 kB = 1,000 bytes.
 */

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface Transfer {
  url: string;
  kind: ResourceKind;
  /** gzip bytes */
  bytes: number;
}

export type Weight = Record<ResourceKind, number>;

export const PAGE_WEIGHT_BUDGET = {
  /** JS beyond what the Next.js/React runtime costs on its own (the 404 page), except on search. */
  jsOverRuntime: 10_000,
  css: 15_000,
  homeHtml: 40_000,
};

export const LIGHTHOUSE_BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

/** Building 5,000 entries may take at most this many times as long as 1,000: the cost per entry stays flat. */
export const BUILD_SCALE_BUDGET = 6;

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
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * What misses the page-weight budget, one line each. `runtime` is the 404 page, whose JS is
 * what the framework costs before any page adds its own; search is exempt from the JS budget
 * (Pagefind is the page).
 */
export function pageWeightMisses(pages: readonly MeasuredPage[], runtime: Weight): string[] {
  const misses: string[] = [];
  const jsLimit = runtime.js + PAGE_WEIGHT_BUDGET.jsOverRuntime;
  for (const { name, path, weight } of pages) {
    if (!path.startsWith('/search') && weight.js > jsLimit) {
      misses.push(`${name} (${path}): JS ${kB(weight.js)} > ${kB(jsLimit)} (the runtime's ${kB(runtime.js)} + ${kB(PAGE_WEIGHT_BUDGET.jsOverRuntime)})`);
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
}

export function lighthouseMisses(results: readonly LighthouseResult[]): string[] {
  return results.flatMap(({ name, formFactor, scores, performanceBudgeted }) =>
    Object.entries(LIGHTHOUSE_BUDGET)
      .filter(([category, minimum]) => (category !== 'performance' || performanceBudgeted) && scores[category as keyof Scores] < minimum)
      .map(([category, minimum]) => `${name}, ${formFactor}: ${category} ${scores[category as keyof Scores]} < ${minimum}`),
  );
}

/** Seconds to build 1,000 and 5,000 entries → a miss, or nothing. */
export function buildScaleMiss(seconds1000: number, seconds5000: number): string | undefined {
  const ratio = seconds5000 / seconds1000;
  return ratio > BUILD_SCALE_BUDGET ? `5,000 entries took ${ratio.toFixed(2)}× as long as 1,000 (budget ${BUILD_SCALE_BUDGET}×)` : undefined;
}
