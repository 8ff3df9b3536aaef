/**
 * Build scale (part of `npm run bench`): the steps of `npm run build` on N generated entries
 * (N = 1,000, 3,000, 5,000, or BENCH_SIZES="1000,3000"), each in a throwaway copy of the
 * project, never in content/. Each size is built twice: cold (no cache), then warm, as Vercel
 * builds the next deployment (only node_modules and .next/cache kept) with one entry added.
 * Records each step's wall time (and, inside `next build`, the compile and static generation
 * as Next.js reports them), the peak memory of the largest process and of the whole build
 * (sampled every 100 ms from /proc), and out/'s files and bytes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScaleMiss, warmBuildMiss } from './budgets';
import { copyProject, keepOnlyTheCache, removeCopy } from './project-copy';
import { addedEntry, syntheticEntries } from './synthetic-corpus';

export const BUILD_SIZES = (process.env.BENCH_SIZES ?? '1000,3000,5000').split(',').map(Number);

/** `npm run build`, step by step. */
const STEPS: [name: string, command: string][] = [
  ['check', 'npm run check'],
  ['Contentlayer', 'node scripts/build/contentlayer.mjs build'],
  ['build cache: plan', 'node --import tsx scripts/build/build-cache.ts plan'],
  ['next build', 'npx next build'],
  ['pages step', 'npm run finish-pages'],
  ['build cache: keep', 'node --import tsx scripts/build/build-cache.ts keep'],
  ['search index', 'npm run search-index'],
];

interface TimedBuild {
  seconds: number;
  /** Seconds per step, with `next build`'s own compile and static generation figures. */
  steps: Record<string, number>;
  /** Peak resident memory of the largest process and of the whole build, bytes; undefined where /proc is missing. */
  peakProcessBytes?: number;
  peakBytes?: number;
}

export interface BuildRun extends TimedBuild {
  entries: number;
  /** The rebuild after adding one entry, keeping only .next/cache. */
  warm: TimedBuild;
  outBytes: number;
  files: number;
  pages: number;
}

/** The resident memory of `pid` and all its descendants, from /proc: in all, and of the largest. */
function treeRss(pid: number): { total: number; largest: number } {
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
  let largest = 0;
  const inTree = (candidate: number): boolean => candidate === pid || (candidate > 1 && parents.has(candidate) && inTree(parents.get(candidate)!));
  for (const [candidate, bytes] of rss) {
    if (!inTree(candidate)) continue;
    total += bytes;
    largest = Math.max(largest, bytes);
  }
  return { total, largest };
}

function sizeOf(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, files, pages };
}

/** `next build`'s own figures: "Compiled successfully in 7.5s", "Generating static pages … in 45s" (or "in 2.1min"). */
function nextFigures(output: string): Record<string, number> {
  const units: Record<string, number> = { ms: 0.001, s: 1, min: 60 };
  const seconds = (match: RegExpExecArray | null) => (match ? parseFloat(match[1]) * units[match[2]] : undefined);
  const compile = seconds(/Compiled successfully in ([\d.]+)(ms|s|min)\b/.exec(output));
  const generate = seconds(/Generating static pages[^\n]*\) in ([\d.]+)(ms|s|min)\b/.exec(output));
  return { ...(compile === undefined ? {} : { '· compile': compile }), ...(generate === undefined ? {} : { '· static generation': generate }) };
}

async function timedStep(dir: string, command: string, peak: { total: number; largest: number }) {
  const started = performance.now();
  // As Vercel runs it: without NODE_ENV, so Next.js decides the mode itself.
  const child = spawn('env', ['-u', 'NODE_ENV', 'sh', '-c', command], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const sampler = setInterval(() => {
    if (!child.pid || !existsSync('/proc/self/status')) return;
    const { total, largest } = treeRss(child.pid);
    peak.total = Math.max(peak.total, total);
    peak.largest = Math.max(peak.largest, largest);
  }, 100);
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`${command} failed:\n${output.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, output };
}

async function timedBuild(dir: string): Promise<TimedBuild> {
  const peak = { total: 0, largest: 0 };
  const steps: Record<string, number> = {};
  for (const [name, command] of STEPS) {
    const { seconds, output } = await timedStep(dir, command, peak);
    steps[name] = seconds;
    if (name === 'next build') Object.assign(steps, nextFigures(output));
  }
  const seconds = STEPS.reduce((sum, [name]) => sum + steps[name], 0);
  const sampled = existsSync('/proc/self/status');
  return { seconds, steps, peakBytes: sampled ? peak.total : undefined, peakProcessBytes: sampled ? peak.largest : undefined };
}

export async function benchBuilds(sizes = BUILD_SIZES): Promise<{ runs: BuildRun[]; misses: string[] }> {
  const runs: BuildRun[] = [];
  const misses: string[] = [];
  for (const entries of sizes) {
    console.error(`build: ${entries} entries…`);
    const dir = copyProject(syntheticEntries(entries), { replacePosts: true });
    try {
      const cold = await timedBuild(dir);
      const { bytes, files, pages } = sizeOf(join(dir, 'out'));
      keepOnlyTheCache(dir);
      for (const [file, text] of Object.entries(addedEntry())) writeFileSync(join(dir, file), text);
      const warm = await timedBuild(dir);
      runs.push({ entries, ...cold, warm, outBytes: bytes, files, pages });
      console.error(`build: ${entries} entries in ${cold.seconds.toFixed(0)} s, again with one more in ${warm.seconds.toFixed(0)} s`);
      const miss = warmBuildMiss(entries, cold.seconds, warm.seconds);
      if (miss) misses.push(miss);
    } finally {
      removeCopy(dir);
    }
  }
  const at = (n: number) => runs.find((run) => run.entries === n)?.seconds;
  const [thousand, fiveThousand] = [at(1000), at(5000)];
  const miss = thousand && fiveThousand ? buildScaleMiss(thousand, fiveThousand) : undefined;
  return { runs, misses: miss ? [...misses, miss] : misses };
}

const MB = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

export function buildTable(runs: readonly BuildRun[]): string {
  const stepNames = [...new Set(runs.flatMap((run) => [...Object.keys(run.steps), ...Object.keys(run.warm.steps)]))];
  const figure = (seconds: number | undefined) => (seconds === undefined ? '—' : `${seconds.toFixed(1)} s`);
  return [
    '| entries | cold build | per entry | rebuild with one more entry | share of cold | largest process | whole build | out/ | files | HTML pages |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs.map(
      ({ entries, seconds, warm, peakProcessBytes, peakBytes, outBytes, files, pages }) =>
        `| ${entries.toLocaleString('en')} | ${seconds.toFixed(0)} s | ${((seconds * 1000) / entries).toFixed(0)} ms | ${warm.seconds.toFixed(0)} s | ${Math.round((warm.seconds / seconds) * 100)} % | ${peakProcessBytes ? MB(peakProcessBytes) : 'n/a'} | ${peakBytes ? MB(peakBytes) : 'n/a'} | ${MB(outBytes)} (${(outBytes / entries / 1000).toFixed(1)} kB per entry) | ${files.toLocaleString('en')} | ${pages.toLocaleString('en')} |`,
    ),
    '',
    '| step | ' + runs.map(({ entries }) => `${entries.toLocaleString('en')} cold | ${entries.toLocaleString('en')} rebuild`).join(' | ') + ' |',
    '| --- | ' + runs.map(() => '--- | ---').join(' | ') + ' |',
    ...stepNames.map((step) => `| ${step} | ${runs.map((run) => `${figure(run.steps[step])} | ${figure(run.warm.steps[step])}`).join(' | ')} |`),
    '',
    'Time is the steps of `npm run build` one after another: the content check, Contentlayer, the build cache\'s plan, `next build` (its compile and static generation as it reports them), the pages step, the build cache keeping the pages, and the search index. The rebuild starts from what Vercel keeps of the cold build (node_modules and .next/cache, nothing else) with one entry added, shared the day after the newest. Budgets: 5,000 entries in at most 6× the time of 1,000; the rebuild at most 50 % of the cold build at 1,000 entries and 40 % at 3,000.',
  ].join('\n');
}
