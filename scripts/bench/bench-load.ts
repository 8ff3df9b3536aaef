/**
 * Serving (part of `npm run bench`): a bounded load run against `npm start` on 127.0.0.1:
 * autocannon, 50 connections for 10 s, each connection cycling through the budgeted pages
 * with gzip accepted, as browsers ask. The load generator shares the machine with the server.
 */
import autocannon from 'autocannon';
import { startSite } from './bench-support';
import { budgetedPages } from './page-weight';

const CONNECTIONS = 50;
const SECONDS = 10;

export interface LoadRun {
  paths: string[];
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
  megabytesPerSecond: number;
}

export async function benchLoad(): Promise<{ run: LoadRun; misses: string[] }> {
  // Pages that answer 200: the 404 page is weighed, but not served under load.
  const paths = [...new Set(budgetedPages().filter(({ name }) => name !== 'not found').map(({ path }) => path.split('?')[0]))];
  const site = await startSite();
  try {
    const result = await autocannon({
      url: site.base,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { 'accept-encoding': 'gzip' },
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
    const run: LoadRun = {
      paths,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      requests: result.requests.total,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      megabytesPerSecond: result.throughput.average / 1e6,
    };
    const misses = run.errors || run.non2xx ? [`load: ${run.errors} errors and ${run.non2xx} non-2xx responses (budget: none)`] : [];
    return { run, misses };
  } finally {
    await site.stop();
  }
}

export function loadTable(run: LoadRun): string {
  return [
    `autocannon, ${CONNECTIONS} connections, ${SECONDS} s, cycling through ${run.paths.map((path) => `\`${path}\``).join(', ')} (gzip).`,
    '',
    '| requests/s | latency p50 | latency p99 | latency max | requests | errors | non-2xx | throughput |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${Math.round(run.requestsPerSecond).toLocaleString('en')} | ${run.p50} ms | ${run.p99} ms | ${run.max} ms | ${run.requests.toLocaleString('en')} | ${run.errors} | ${run.non2xx} | ${run.megabytesPerSecond.toFixed(1)} MB/s |`,
    '',
    '`npm start` is a single Node process (`send` + `compression`) for checking a build locally; in production a CDN serves these files.',
  ].join('\n');
}
