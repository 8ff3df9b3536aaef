/**
 * `npm run bench:search`: search on a 5,000-entry site, measured in headless Chromium.
 * Builds a copy of the project whose content is a generated corpus (content/ is untouched),
 * serves its out/, and records (1) the bytes the first query downloads and (2) keystroke to
 * results on screen for 20 queries typed as a reader types them (and, for reference, pasted). Writes the figures into BENCHMARKS.md and exits non-zero
 * when a budget is missed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import handler from 'serve-handler';
import { machine, median, writeBenchmarkSection } from './bench-support';
import { chromiumPath } from './chromium';
import { buildCopy, copyProject, removeCopy } from './project-copy';
import { syntheticEntries } from './synthetic-corpus';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 5000);
const BUDGET = { firstQueryBytes: 150_000, medianMs: 100 };
const QUERIES = [
  'consensus', 'raft', 'paxos', 'linearizability', 'snapshot isolation', 'replication', 'sharding', 'clock skew',
  'leader election', 'gossip', 'crdts', 'model checking', 'tla+', 'deterministic simulation', 'fault injection',
  'compaction', 'quorum', 'byzantine', 'idempotency', 'tail latency',
];

async function measure(outDir: string) {
  // Bytes are counted where they are sent (Pagefind fetches from a Web Worker, which the
  // page's own network events do not see), and as a host sends them: scripts gzipped, as
  // Vercel and every CDN do, Pagefind's index files as they are (already compressed).
  let pagefindBytes = 0;
  let lastPagefindRequest = 0;
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/pagefind/')) {
      lastPagefindRequest = Date.now();
      const chunks: Buffer[] = [];
      const keep = (chunk: unknown) => {
        if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string | Buffer));
      };
      const write = response.write.bind(response);
      const end = response.end.bind(response);
      response.write = ((chunk: unknown, ...rest: never[]) => (keep(chunk), write(chunk as Buffer, ...rest))) as typeof response.write;
      response.end = ((chunk?: unknown, ...rest: never[]) => {
        keep(chunk);
        const body = Buffer.concat(chunks);
        pagefindBytes += request.url!.endsWith('.js') ? gzipSync(body).length : body.length;
        return end(chunk as Buffer, ...rest);
      }) as typeof response.end;
    }
    return handler(request, response, { public: outDir, cleanUrls: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const quiet = async (page: Page) => {
      while (Date.now() - lastPagefindRequest < 1000) await page.waitForTimeout(200);
    };

    // A first query as most arrive: typed in the header box, landing on /search?q=… in a
    // fresh browser (nothing cached). Counted until Pagefind has been quiet for a second.
    const page = await browser.newPage();
    pagefindBytes = 0;
    await page.goto(`${base}/search?q=${encodeURIComponent(QUERIES[0])}`);
    await page.getByRole('status').filter({ hasText: `“${QUERIES[0]}”` }).waitFor();
    await quiet(page);
    const firstQueryBytes = pagefindBytes;

    /**
     * Milliseconds from an action on the box to the results for `query` painted. The clock
     * starts in the page before the action is sent, so the figure includes its delivery.
     */
    const timeUntilResults = async (page: Page, query: string, act: () => Promise<void>) => {
      const done = page.evaluate(
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
    const box = page.locator('#search-query');
    /** A reader typing the query at a brisk 10 keys a second: timed from the last keystroke. */
    const typed = async (query: string) => {
      await box.fill('');
      await box.pressSequentially(query.slice(0, -1), { delay: 100 });
      await page.waitForTimeout(100);
      return timeUntilResults(page, query, () => box.press(query.at(-1)!));
    };

    // Then 20 more, typed into the search page's own box; every keystroke searches.
    pagefindBytes = 0;
    const timings = [];
    for (const query of QUERIES) timings.push(await typed(query));
    await quiet(page);
    const typedBytes = pagefindBytes;
    const results = await page.locator('main article').count();

    // The whole query arriving at once (pasted), in a fresh browser context: no index chunk
    // was fetched while typing, nor cached by the run above.
    const fresh = await browser.newPage();
    await fresh.goto(`${base}/search`, { waitUntil: 'networkidle' });
    const freshBox = fresh.locator('#search-query');
    const pastedTimings = [];
    for (const query of QUERIES) {
      await freshBox.fill('');
      pastedTimings.push(await timeUntilResults(fresh, query, () => freshBox.fill(query)));
    }
    return { firstQueryBytes, typedBytes, timings, pastedTimings, results };
  } finally {
    await browser.close();
    server.close();
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
    const { firstQueryBytes, typedBytes, timings, pastedTimings, results } = await measure(join(dir, 'out'));
    const medianMs = median(timings);
    const pass = firstQueryBytes <= BUDGET.firstQueryBytes && medianMs <= BUDGET.medianMs;
    const report = [
      `## Search (\`npm run bench:search\`)`,
      '',
      `${ENTRIES} generated entries, built in ${buildSeconds.toFixed(0)} s, searched with Pagefind in headless Chromium`,
      `on ${machine()}; served from 127.0.0.1; bytes counted as a host sends them (scripts gzipped).`,
      '',
      '| measure | figure | budget |',
      '| --- | --- | --- |',
      `| bytes downloaded for a first query, arriving at /search?q=… (Pagefind's scripts, WebAssembly, metadata, index chunks, 10 result fragments) | ${(firstQueryBytes / 1000).toFixed(1)} kB | ≤ ${BUDGET.firstQueryBytes / 1000} kB |`,
      `| bytes downloaded by the ${timings.length} typed queries that follow, every keystroke searching | ${(typedBytes / 1000).toFixed(1)} kB | — |`,
      `| keystroke to results on screen, typing at 10 keys/s, last keystroke, median of ${timings.length} queries | ${medianMs.toFixed(1)} ms | ≤ ${BUDGET.medianMs} ms |`,
      `| the same, slowest query | ${Math.max(...timings).toFixed(1)} ms | — |`,
      `| a whole query pasted at once into a fresh page, median of ${pastedTimings.length} | ${median(pastedTimings).toFixed(1)} ms | — |`,
      '',
      `The last query ("${QUERIES.at(-1)}") showed ${results} result cards. Verdict: ${pass ? 'within budget' : 'OVER BUDGET'}.`,
    ].join('\n');
    console.log(report);
    writeBenchmarkSection('bench:search', report);
    if (!pass) process.exitCode = 1;
  } finally {
    removeCopy(dir);
  }
}

await main();
