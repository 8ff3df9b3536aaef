/**
 * `npm run bench:search`: search on a 10,000-entry site. Builds a copy of the project whose
 * content is a generated corpus (content/ is untouched), serves its out/ as `npm start` does,
 * and records in headless Chromium (1) the bytes of a first query, arriving at /search?q=…
 * with nothing cached, everything counted gzipped as a host sends it, (2) the bytes a
 * corrected query adds, (3) keystroke to results on screen for 20 typed queries, and in Node
 * (4) the index's size and file count and (5) how often a one-edit typo of an entry's own
 * word finds that entry in the first three results (200 typos). Writes the figures into
 * BENCHMARKS.md and exits non-zero when a budget is missed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { createSearchEngine } from '../../lib/search/engine';
import { fold } from '../../lib/search/text';
import { machine, median, seeded, startSite, typo, writeBenchmarkSection } from './bench-support';
import { kB } from './budgets';
import { chromiumPath } from './chromium';
import { firstVisit } from './page-weight';
import { buildCopy, copyProject, removeCopy } from './project-copy';
import { codename, syntheticEntries } from './synthetic-corpus';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const BUDGET = { firstQueryBytes: 100_000, correctionBytes: 30_000, medianMs: 50, typoRecall: 0.95 };
const QUERIES = [
  'consensus', 'raft', 'paxos', 'linearizability', 'snapshot isolation', 'replication', 'sharding', 'clock skew',
  'leader election', 'gossip', 'crdts', 'model checking', 'tla+', 'deterministic simulation', 'fault injection',
  'compaction', 'quorum', 'byzantine', 'idempotency', 'tail latency',
];
const TYPOS = 200;

/** The share of typos of each entry's own word whose entry is among the first three results. */
async function typoRecall(outDir: string, entries: number): Promise<{ recall: number; misses: string[] }> {
  const engine = createSearchEngine(async (path) => JSON.parse(readFileSync(join(outDir, path), 'utf8')));
  const next = seeded(42);
  let found = 0;
  const misses: string[] = [];
  for (let i = 0; i < TYPOS; i++) {
    const entry = Math.floor(next() * entries);
    const word = fold(codename(entry));
    const query = typo(word, next, 4);
    const { entries: results } = await engine.search({ q: query, sort: 'relevance' });
    const titles = await Promise.all(results.slice(0, 3).map(async (number) => (await engine.fragment(number)).title));
    if (titles.some((title) => fold(title).includes(word))) found++;
    else misses.push(`${query} (for ${word})`);
  }
  return { recall: found / TYPOS, misses };
}

function diskUsage(outDir: string): { files: number; bytes: number } {
  const paths = [join(outDir, 'search.js'), ...readdirSync(join(outDir, 'search-index'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))];
  return { files: paths.length, bytes: paths.reduce((sum, path) => sum + statSync(path).size, 0) };
}

async function measure(dir: string) {
  const site = await startSite(dir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    // A first query as most arrive: typed in the header box, landing on /search?q=… in a
    // fresh browser (nothing cached), counted until the network has been quiet for a second.
    const first = await firstVisit(browser, `${site.base}/search?q=${encodeURIComponent(QUERIES[0])}`);
    const firstQueryBytes = first.reduce((sum, { bytes }) => sum + bytes, 0);

    const page = await browser.newPage();
    await page.goto(`${site.base}/search?q=${encodeURIComponent(QUERIES[0])}`);
    await page.getByRole('status').filter({ hasText: `“${QUERIES[0]}”` }).waitFor();
    const box = page.locator('#search-query');

    /** What the page fetches while `act` runs, gzipped, until a second passes without a response. */
    const bytesDuring = async (act: () => Promise<void>) => {
      let bytes = 0;
      let last = Date.now();
      const count = (response: { body(): Promise<Buffer> }) => {
        last = Date.now();
        void response.body().then((body) => (bytes += Math.min(body.length, gzipSync(body).length)), () => {});
      };
      page.on('response', count);
      await act();
      while (Date.now() - last < 1000) await page.waitForTimeout(200);
      page.off('response', count);
      return bytes;
    };

    // A misspelt word: what its correction adds to a page that has already searched.
    const misspelt = 'consnsus protocl';
    const correctionBytes = await bytesDuring(async () => {
      await box.fill(misspelt);
      await page.getByText('Showing results for').waitFor();
    });

    /**
     * Milliseconds from an action on the box to the results for `query` painted. The clock
     * starts in the page before the action is sent, so the figure includes its delivery.
     */
    const timeUntilResults = async (target: Page, query: string, act: () => Promise<void>) => {
      const done = target.evaluate(
        (q) =>
          new Promise<number>((resolve) => {
            const status = document.querySelector('[role="status"]')!;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (!status.textContent?.includes(`“${q}”`)) return;
              observer.disconnect();
              // The next frame: the results are painted, not only in the DOM.
              requestAnimationFrame(() => resolve(performance.now() - started));
            });
            observer.observe(status, { childList: true, subtree: true, characterData: true });
          }),
        query,
      );
      await act();
      return done;
    };
    /** A reader typing the query at a brisk 10 keys a second: timed from the last keystroke. */
    const typed = async (query: string) => {
      await box.fill('');
      await box.pressSequentially(query.slice(0, -1), { delay: 100 });
      await page.waitForTimeout(100);
      return timeUntilResults(page, query, () => box.press(query.at(-1)!));
    };
    const timings = [];
    for (const query of QUERIES) timings.push(await typed(query));
    const results = await page.locator('main article').count();
    return { firstQueryBytes, correctionBytes, misspelt, timings, results };
  } finally {
    await browser.close();
    await site.stop();
  }
}

async function main() {
  console.log(`Building a copy of the site with ${ENTRIES} generated entries…`);
  const dir = copyProject(syntheticEntries(ENTRIES), { replacePosts: true });
  try {
    const started = Date.now();
    const { status, output } = buildCopy(dir);
    if (status !== 0) throw new Error(`The build failed:\n${output.slice(-4000)}`);
    const buildSeconds = (Date.now() - started) / 1000;
    const { firstQueryBytes, correctionBytes, misspelt, timings, results } = await measure(dir);
    const { recall, misses } = await typoRecall(join(dir, 'out'), ENTRIES);
    const disk = diskUsage(join(dir, 'out'));
    const medianMs = median(timings);
    const pass = firstQueryBytes <= BUDGET.firstQueryBytes && correctionBytes <= BUDGET.correctionBytes && medianMs <= BUDGET.medianMs && recall >= BUDGET.typoRecall;
    const report = [
      '## Search (`npm run bench:search`)',
      '',
      `${ENTRIES} generated entries, built in ${buildSeconds.toFixed(0)} s, searched with the site's own index in headless Chromium`,
      `on ${machine()}; served by \`npm start\` on 127.0.0.1; bytes counted gzipped, as a host sends them.`,
      '',
      '| measure | figure | budget |',
      '| --- | --- | --- |',
      `| bytes of a first query, arriving at /search?q=${QUERIES[0]} with nothing cached (HTML, CSS, scripts, manifest, term file, 10 result fragments) | ${kB(firstQueryBytes)} | ≤ ${kB(BUDGET.firstQueryBytes)} |`,
      `| bytes a corrected query adds ("${misspelt}", after a first query) | ${kB(correctionBytes)} | ≤ ${kB(BUDGET.correctionBytes)} |`,
      `| keystroke to results on screen, typing at 10 keys/s, last keystroke, median of ${timings.length} queries | ${medianMs.toFixed(1)} ms | ≤ ${BUDGET.medianMs} ms |`,
      `| the same, slowest query | ${Math.max(...timings).toFixed(1)} ms | — |`,
      `| the index on disk (out/search-index/ and search.js) | ${(disk.bytes / 1e6).toFixed(1)} MB in ${disk.files} files | — |`,
      `| ${TYPOS} one-edit typos of entries' own words (inserted, deleted, replaced or swapped letters, anywhere) finding their entry in the first three results | ${(recall * 100).toFixed(1)} % | ≥ ${BUDGET.typoRecall * 100} % |`,
      '',
      `The last query ("${QUERIES.at(-1)}") showed ${results} result cards.${misses.length ? ` Typos that missed: ${misses.slice(0, 10).join(', ')}${misses.length > 10 ? '…' : ''}.` : ''} Verdict: ${pass ? 'within budget' : 'OVER BUDGET'}.`,
    ].join('\n');
    console.log(report);
    writeBenchmarkSection('bench:search', report);
    if (!pass) process.exitCode = 1;
  } finally {
    removeCopy(dir);
  }
}

await main();
