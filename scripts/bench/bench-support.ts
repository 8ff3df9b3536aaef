/** What every benchmark shares: the server it measures, the machine, BENCHMARKS.md, and seeded typos. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningSite {
  base: string;
  stop(): Promise<void>;
}

/** `npm start` (scripts/author/serve.ts: out/ with vercel.json's headers) in `cwd`, on a free port of 127.0.0.1. */
export async function startSite(cwd = '.'): Promise<RunningSite> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/author/serve.ts'], {
    cwd,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`npm start did not answer on ${base}`);
}

/** Replaces (or appends) one benchmark's section of BENCHMARKS.md, between its markers. */
export function writeBenchmarkSection(id: string, markdown: string) {
  const file = 'BENCHMARKS.md';
  const start = `<!-- ${id} -->`;
  const end = `<!-- /${id} -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const at = current.indexOf(start);
  const next =
    at >= 0 && current.indexOf(end, at) > at
      ? current.slice(0, at) + block + current.slice(current.indexOf(end, at) + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A seeded generator, so every run of a benchmark asks the same questions and makes the same typos. */
export function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/**
 * One edit of `word` at a random place, the first letter included: a letter inserted, deleted,
 * replaced, or two neighbours swapped; never shorter than `minLength`.
 */
export function typo(word: string, next: () => number, minLength = 1): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (;;) {
    const at = Math.floor(next() * word.length);
    const letter = letters[Math.floor(next() * letters.length)];
    const edit = Math.floor(next() * 4);
    const result =
      edit === 0 ? word.slice(0, at) + letter + word.slice(at)
      : edit === 1 ? word.slice(0, at) + word.slice(at + 1)
      : edit === 2 ? word.slice(0, at) + letter + word.slice(at + 1)
      : word.slice(0, at) + (word[at + 1] ?? '') + word[at] + word.slice(at + 2);
    if (result !== word && result.length >= minLength) return result;
  }
}
