/**
 * Lighthouse on the budgeted pages, mobile and desktop, against `npm start`, driving the
 * system Chromium (or CHROMIUM_PATH, or Playwright's own). Each page is run LIGHTHOUSE_RUNS
 * times (3 unless set) and each category's median is kept: one run's Performance moves with
 * the machine's load. Used by `npm run budget` and `npm run bench`.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { LCP_BUDGET_MS, LIGHTHOUSE_BUDGET, lighthouseMisses, type Scores, SEARCH_LCP_BUDGET_MS } from './budgets';
import { median, startSite } from './bench-support';
import { chromiumPath } from './chromium';
import { budgetedPages } from './page-weight';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const FORM_FACTORS = ['mobile', 'desktop'] as const;
const CATEGORIES = Object.keys(LIGHTHOUSE_BUDGET) as (keyof Scores)[];

export interface LighthouseRun {
  name: string;
  path: string;
  performanceBudgeted: boolean;
  landing?: boolean;
  lcpBudgetMs?: number;
  indexed?: boolean;
  formFactor: (typeof FORM_FACTORS)[number];
  scores: Scores;
  /** Largest Contentful Paint and Total Blocking Time, ms, of the median-Performance run. */
  lcp: number;
  tbt: number;
  /** Audits that lost points in any category, by id, for the report. */
  failing: string[];
}

export async function runLighthouse(): Promise<{ runs: LighthouseRun[]; misses: string[] }> {
  const site = await startSite();
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const runs: LighthouseRun[] = [];
    for (const { name, path, performanceBudgeted, landing, lcpBudgetMs, indexed } of budgetedPages().filter((page) => page.name !== 'not found')) {
      for (const formFactor of FORM_FACTORS) {
        const results: Result[] = [];
        for (let run = 0; run < RUNS; run++) {
          const result = await lighthouse(
            `${site.base}${path}`,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          results.push(result.lhr);
        }
        const score = (lhr: Result, category: keyof Scores) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
        const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(results.map((lhr) => score(lhr, category)))])) as Scores;
        const typical = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(results.length / 2)];
        const failing = new Set<string>();
        for (const lhr of results) {
          for (const category of Object.values(lhr.categories)) {
            for (const { id, weight } of category.auditRefs) {
              const audit = lhr.audits[id];
              if (weight > 0 && audit.score !== null && audit.score < 1) failing.add(id);
            }
          }
        }
        runs.push({
          name,
          path,
          performanceBudgeted,
          landing,
          lcpBudgetMs,
          indexed,
          formFactor,
          scores,
          lcp: typical.audits['largest-contentful-paint'].numericValue ?? 0,
          tbt: typical.audits['total-blocking-time'].numericValue ?? 0,
          failing: [...failing],
        });
        console.error(`lighthouse: ${name} ${formFactor} ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')}`);
      }
    }
    return { runs, misses: lighthouseMisses(runs) };
  } finally {
    chrome.kill();
    await site.stop();
  }
}

export function lighthouseTable(runs: readonly LighthouseRun[]): string {
  return [
    '| page | form factor | Performance | Accessibility | Best Practices | SEO | LCP | TBT | audits below full marks |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs.map(
      ({ name, path, performanceBudgeted, formFactor, scores, lcp, tbt, failing }) =>
        `| ${name} (\`${path}\`) | ${formFactor} | ${scores.performance}${performanceBudgeted ? '' : ' (not budgeted)'} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} | ${Math.round(lcp)} ms | ${Math.round(tbt)} ms | ${failing.join(', ') || '—'} |`,
    ),
    '',
    `Budgets: Performance ≥ ${LIGHTHOUSE_BUDGET.performance}; Accessibility, Best Practices and SEO ${LIGHTHOUSE_BUDGET.seo} (not SEO on the noindex share page); ` +
      `LCP ≤ ${LCP_BUDGET_MS} ms on mobile for home and entry, ≤ ${SEARCH_LCP_BUDGET_MS} ms for search results. Median of ${RUNS} runs per category.`,
  ].join('\n');
}
