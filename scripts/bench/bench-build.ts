/**
 * Build scale (part of `npm run bench`): the steps of `npm run build` on N generated entries
 * (N = 1,000, 3,000 and 10,000, or BENCH_SIZES="1000,3000"), each in a throwaway copy of the
 * project, never in content/. Each size is built cold (no cache), then rebuilt three times as
 * Vercel builds the next deployment (only node_modules and .next/cache kept): with one entry
 * added, then with one entry's title changed, then with a tag's description changed.
 * Records each step's wall time (and, inside `next build`, the compile and static generation
 * as Next.js reports them), the peak memory of the largest process and of the whole build
 * (sampled every 100 ms from /proc), and out/'s files and bytes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScaleMiss, type Rebuild, rebuildMisses, warmBuildMiss } from './budgets';
import { copyProject, keepOnlyTheCache, removeCopy } from './project-copy';
import { addedEntry, changedTagDescription, changedTitle, syntheticEntries } from './synthetic-corpus';

export const BUILD_SIZES = (process.env.BENCH_SIZES ?? '1000,3000,10000').split(',').map(Number);

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
  /** The rebuilds, each keeping only .next/cache of the build before it. */
  rebuilds: Record<Rebuild, TimedBuild>;
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
      console.error(`build: ${entries} entries in ${cold.seconds.toFixed(0)} s`);
      const changes: Record<Rebuild, Record<string, string>> = {
        'one new link': addedEntry(),
        'a title changed': changedTitle(dir, entries),
        'a tag description changed': changedTagDescription(dir),
      };
      const rebuilds = {} as Record<Rebuild, TimedBuild>;
      for (const [rebuild, change] of Object.entries(changes) as [Rebuild, Record<string, string>][]) {
        keepOnlyTheCache(dir);
        for (const [file, text] of Object.entries(change)) writeFileSync(join(dir, file), text);
        rebuilds[rebuild] = await timedBuild(dir);
        console.error(`build: ${entries} entries, rebuilt after ${rebuild} in ${rebuilds[rebuild].seconds.toFixed(0)} s`);
      }
      runs.push({ entries, ...cold, rebuilds, outBytes: bytes, files, pages });
      const miss = warmBuildMiss(entries, cold.seconds, rebuilds['one new link'].seconds);
      misses.push(...(miss ? [miss] : []), ...rebuildMisses(entries, cold.seconds, rebuilds));
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
  const names = Object.keys(runs[0]?.rebuilds ?? {}) as Rebuild[];
  const stepNames = [...new Set(runs.flatMap((run) => [...Object.keys(run.steps), ...names.flatMap((name) => Object.keys(run.rebuilds[name].steps))]))];
  const figure = (seconds: number | undefined) => (seconds === undefined ? '—' : `${seconds.toFixed(1)} s`);
  const short: Record<Rebuild, string> = { 'one new link': 'new link', 'a title changed': 'title', 'a tag description changed': 'tag description' };
  return [
    `| entries | tags | cold build | per entry | ${names.map((name) => `rebuild: ${name} (share of cold)`).join(' | ')} | largest process | whole build | out/ | files | HTML pages |`,
    `| --- | --- | --- | --- | ${names.map(() => '---').join(' | ')} | --- | --- | --- | --- | --- |`,
    ...runs.map(
      ({ entries, seconds, rebuilds, peakProcessBytes, peakBytes, outBytes, files, pages }) =>
        `| ${entries.toLocaleString('en')} | ${(40 + Math.floor(entries / 10)).toLocaleString('en')} | ${seconds.toFixed(0)} s | ${((seconds * 1000) / entries).toFixed(0)} ms | ${names.map((name) => `${rebuilds[name].seconds.toFixed(0)} s (${Math.round((rebuilds[name].seconds / seconds) * 100)} %)`).join(' | ')} | ${peakProcessBytes ? MB(peakProcessBytes) : 'n/a'} | ${peakBytes ? MB(peakBytes) : 'n/a'} | ${MB(outBytes)} (${(outBytes / entries / 1000).toFixed(1)} kB per entry) | ${files.toLocaleString('en')} | ${pages.toLocaleString('en')} |`,
    ),
    '',
    `| step | ${runs.map(({ entries }) => [`${entries.toLocaleString('en')} cold`, ...names.map((name) => `${entries.toLocaleString('en')} ${short[name]}`)].join(' | ')).join(' | ')} |`,
    `| --- | ${runs.map(() => ['---', ...names.map(() => '---')].join(' | ')).join(' | ')} |`,
    ...stepNames.map((step) => `| ${step} | ${runs.map((run) => [figure(run.steps[step]), ...names.map((name) => figure(run.rebuilds[name].steps[step]))].join(' | ')).join(' | ')} |`),
    '',
    'Time is the steps of `npm run build` one after another: the content check, Contentlayer, the build cache\'s plan, `next build` (its compile and static generation as it reports them), the pages step, the build cache keeping the pages, and the search index. Each rebuild starts from what Vercel keeps of the build before it (node_modules and .next/cache, nothing else): with one entry added, shared the day after the newest; then with the title of the entry in the middle of the list changed; then with the description of the most used tag changed. Tags: 40 common ones and a long tail of one per 10 entries (scripts/bench/synthetic-corpus.ts). Budgets: the rebuild with one more entry at most 50 % of the cold build at 1,000 entries and 40 % at 3,000; at 10,000, at most 60 s and 10 % of the cold build, 60 s after a title changes, 90 s after a tag\'s description changes; 5,000 entries, when measured, in at most 6× the time of 1,000.',
  ].join('\n');
}
