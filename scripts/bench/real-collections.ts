/**
 * The real, public link collections `npm run bench:real` measures on, each pinned to a commit
 * of its public repository. A collection whose licence lets us redistribute it is kept,
 * converted, in bench/real/; one without is fetched once into bench/real/.cache/ (ignored by
 * git) and checked by its SHA-256, so later runs are offline.
 *
 * `npx tsx scripts/bench/real-collections.ts fetch [--from <clone>]` fetches the uncommitted
 * ones (from GitHub, or a local clone of the same repository); `convert-awesome <clone>`
 * writes bench/real/awesome-scalability.csv again from a clone of that list.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export interface RealCollection {
  name: string;
  /** What it is, for BENCHMARKS.md. */
  about: string;
  origin: string;
  commit: string;
  licence: string;
  /** The export `npm run import` reads. */
  file: string;
}

const DIR = 'bench/real';
const CACHE = join(DIR, '.cache');

/** A person's Pinboard bookmarks, 2004–2022, as Pinboard exports them: the collection the import and every figure is held to. */
export const PINBOARD: RealCollection & { path: string; sha256: string } = {
  name: 'pinboard-briansuda',
  about: "Brian Suda's public Pinboard bookmarks, 2004–2022, as Pinboard's JSON export (1,392 bookmarks, 1,342 tagged, 653 tags)",
  origin: 'https://github.com/optional-is/pinboard-analysis',
  commit: 'c8901242dbbaed44b1dc2b7664b1e7e59ef9537c',
  path: 'pinboard.json',
  sha256: 'de436d6120693d0ba3a835199866fb2c56ce5d00f476934251c850a4b4c140e0',
  licence: 'none stated: bookmarks shared publicly by their author; fetched for measurement, not redistributed',
  file: join(CACHE, 'pinboard-briansuda.json'),
};

/** A curated list whose sections are its tags, dated by the commit that added each line. */
export const AWESOME_SCALABILITY: RealCollection = {
  name: 'awesome-scalability',
  about: "binhnguyennus/awesome-scalability, a curated list of articles on scaling systems (919 links; its 10 sections and 35 headed groups as tags, each link dated by the commit that added it)",
  origin: 'https://github.com/binhnguyennus/awesome-scalability',
  commit: 'c9ca9f248d4dbbde63a8460188f6324f00f34ddd',
  licence: 'MIT (copyright Nguyễn Quốc Bình; notice in bench/real/LICENSE-awesome-scalability)',
  file: join(DIR, 'awesome-scalability.csv'),
};

export const REAL_COLLECTIONS = [PINBOARD, AWESOME_SCALABILITY];

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The Pinboard export, fetched once at its commit and checked; later runs read the cached copy. */
export function fetchPinboard(from = PINBOARD.origin) {
  if (existsSync(PINBOARD.file) && sha256(readFileSync(PINBOARD.file)) === PINBOARD.sha256) return;
  const clone = join(CACHE, 'clone');
  rmSync(clone, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  execFileSync('git', ['clone', '--quiet', '--no-checkout', from, clone], { stdio: 'inherit' });
  const text = execFileSync('git', ['-C', clone, 'show', `${PINBOARD.commit}:${PINBOARD.path}`], { maxBuffer: 64 * 1024 * 1024 });
  rmSync(clone, { recursive: true, force: true });
  if (sha256(text) !== PINBOARD.sha256) throw new Error(`${PINBOARD.origin} ${PINBOARD.path} at ${PINBOARD.commit} is not the file measured (SHA-256 differs)`);
  writeFileSync(PINBOARD.file, text);
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The list as a CSV `npm run import` reads: each link under its `## Section`, a nested link also
 * under the link it sits below (`* [Distributed Caching]` groups the caches), dated by the
 * first commit whose README added its URL.
 */
export function convertAwesomeList(clone: string): string {
  const history = execFileSync('git', ['-C', clone, 'log', '--reverse', '--format=@@@%at', '-p', AWESOME_SCALABILITY.commit, '--', 'README.md'], { maxBuffer: 512 * 1024 * 1024 }).toString();
  const added = new Map<string, number>();
  let time = 0;
  for (const line of history.split('\n')) {
    if (line.startsWith('@@@')) time = Number(line.slice(3));
    else if (line.startsWith('+') && !line.startsWith('+++')) for (const [, url] of line.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) if (!added.has(url)) added.set(url, time);
  }
  const readme = execFileSync('git', ['-C', clone, 'show', `${AWESOME_SCALABILITY.commit}:README.md`]).toString();
  const rows = ['url,title,tags,date'];
  let section = '';
  let group = '';
  for (const line of readme.split('\n')) {
    const heading = /^## (.+)/.exec(line);
    if (heading) [section, group] = [heading[1].trim(), ''];
    const link = /^(\s*)\* \[([^\]]+)\]\((https?:[^)\s]+)\)/.exec(line);
    if (!link || !section) continue;
    const [, indent, title, url] = link;
    if (!indent) group = title;
    const tags = indent ? [section, group] : [section];
    const day = new Date((added.get(url) ?? 0) * 1000).toISOString().slice(0, 10);
    rows.push([url, title, tags.join(', '), day].map(csvCell).join(','));
  }
  return `${rows.join('\n')}\n`;
}

function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' } } });
  if (positionals[0] === 'fetch') fetchPinboard(values.from);
  else if (positionals[0] === 'convert-awesome' && positionals[1]) writeFileSync(AWESOME_SCALABILITY.file, convertAwesomeList(positionals[1]));
  else {
    console.error('Usage: npx tsx scripts/bench/real-collections.ts fetch [--from <clone>] | convert-awesome <clone of awesome-scalability>');
    process.exit(2);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
