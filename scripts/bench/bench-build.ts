/**
 * Build scale (part of `npm run bench`): `npm run build` of N generated entries (N = 100,
 * 1,000, 5,000, or BENCH_SIZES="100,1000"), each in a throwaway copy of the project, never in
 * content/. Records wall time, the peak memory of the whole build (every process it starts,
 * summed, sampled every 100 ms from /proc) and the size of out/.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildScaleMiss } from './budgets';
import { copyProject, removeCopy } from './project-copy';
import { syntheticEntries } from './synthetic-corpus';

export const BUILD_SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);

export interface BuildRun {
  entries: number;
  seconds: number;
  /** Peak resident memory of the build's process tree, bytes; undefined where /proc is missing. */
  peakBytes?: number;
  outBytes: number;
  pages: number;
}

/** The resident memory of `pid` and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name (which may hold spaces): state, ppid, …
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      const kB = readFileSync(`/proc/${name}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1];
      rss.set(Number(name), Number(kB ?? 0) * 1024);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const inTree = (candidate: number): boolean => candidate === pid || (candidate > 1 && parents.has(candidate) && inTree(parents.get(candidate)!));
  for (const [candidate, bytes] of rss) if (inTree(candidate)) total += bytes;
  return total;
}

function sizeOf(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

async function timedBuild(dir: string): Promise<{ seconds: number; peakBytes?: number }> {
  const started = performance.now();
  // As Vercel runs it: without NODE_ENV, so Next.js decides the mode itself.
  const child = spawn('env', ['-u', 'NODE_ENV', 'npm', 'run', 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const canSample = existsSync('/proc/self/status');
  let peakBytes = 0;
  const sampler = setInterval(() => {
    if (canSample && child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
  }, 100);
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`The build failed:\n${output.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, peakBytes: canSample ? peakBytes : undefined };
}

export async function benchBuilds(sizes = BUILD_SIZES): Promise<{ runs: BuildRun[]; misses: string[] }> {
  const runs: BuildRun[] = [];
  for (const entries of sizes) {
    console.error(`build: ${entries} entries…`);
    const dir = copyProject(syntheticEntries(entries), { replacePosts: true });
    try {
      const { seconds, peakBytes } = await timedBuild(dir);
      const { bytes, pages } = sizeOf(join(dir, 'out'));
      runs.push({ entries, seconds, peakBytes, outBytes: bytes, pages });
      console.error(`build: ${entries} entries in ${seconds.toFixed(0)} s`);
    } finally {
      removeCopy(dir);
    }
  }
  const at = (n: number) => runs.find((run) => run.entries === n)?.seconds;
  const [thousand, fiveThousand] = [at(1000), at(5000)];
  const miss = thousand && fiveThousand ? buildScaleMiss(thousand, fiveThousand) : undefined;
  return { runs, misses: miss ? [miss] : [] };
}

const MB = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

export function buildTable(runs: readonly BuildRun[]): string {
  return [
    '| entries | wall time | per entry | peak memory | out/ | HTML pages |',
    '| --- | --- | --- | --- | --- | --- |',
    ...runs.map(
      ({ entries, seconds, peakBytes, outBytes, pages }) =>
        `| ${entries.toLocaleString('en')} | ${seconds.toFixed(0)} s | ${((seconds * 1000) / entries).toFixed(0)} ms | ${peakBytes ? MB(peakBytes) : 'n/a'} | ${MB(outBytes)} | ${pages.toLocaleString('en')} |`,
    ),
    '',
    'Time is `npm run build` end to end: the content check, Contentlayer, `next build`, script pinning and Pagefind. Budget: 5,000 entries in at most 6× the time of 1,000.',
  ].join('\n');
}
