/**
 * Pages and files kept by the build cache (lib/build-cache/pages.ts), as they are filed and as
 * `keep` copies them into out/ (scripts/build/build-cache.ts). A page copied is held to the
 * checks a page just rendered passes (./finish-page.ts) and must be finished already: a file
 * in the cache is only as trustworthy as the folder it sits in. Copying runs on every core,
 * each worker reading, checking and writing its share: at 10,000 entries that is 15,000 pages
 * and 10,000 images.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PAGE_CACHE, readCached } from '@/lib/build-cache/store';
import { finishPage } from './finish-page';
import { onEveryCore } from './on-every-core';

/**
 * Next.js writes the host's deployment id (NEXT_DEPLOYMENT_ID: Vercel's Skew Protection,
 * Netlify) into every page's asset URLs (`?dpl=<id>"`) and `<html data-dpl-id>`, and a host may
 * give each build its own. A page is kept with a mark in those places and gets the build's id
 * back when copied, so a new id re-renders nothing.
 */
const DEPLOYMENT_ID_MARK = '\u0000deployment-id\u0000';
const deploymentIdPlaces = (id: string) => [`?dpl=${id}"`, ` data-dpl-id="${id}"`];

/** A rendered page as the cache keeps it, or undefined when it cannot be kept exactly (the id stands elsewhere in it too). */
export function pageToKeep(html: string, id = ''): string | undefined {
  if (html.includes(DEPLOYMENT_ID_MARK)) return undefined;
  if (!id) return html;
  if (!/^[\w.-]+$/.test(id)) return undefined;
  const kept = deploymentIdPlaces(id).reduce((page, place) => page.replaceAll(place, place.replace(id, DEPLOYMENT_ID_MARK)), html);
  return kept.includes(id) ? undefined : kept;
}

/** A kept page as this build ships it: with this build's deployment id. */
export const keptPageFor = (kept: string, id = '') => kept.replaceAll(DEPLOYMENT_ID_MARK, id);

/** One thing to copy: its key under PAGE_CACHE, where it goes (out/…), and whether it is a file (a feed, an image) rather than an HTML page. */
export interface KeptCopy {
  key: string;
  file: string;
  asFile: boolean;
}

/** A copy as a worker is given it: with where the project is and this build's deployment id. */
interface CopyTask extends KeptCopy {
  root: string;
  deploymentId: string;
}

/** What stops a kept page from shipping: the checks every rendered page passes (every route the cache keeps is static), and being finished already. */
function keptPageProblems(file: string, page: string): string[] {
  const { html, problems } = finishPage(file, page, false);
  if (problems.length > 0) return problems;
  return html === page ? [] : [`${file}: a kept page is not a finished page`];
}

/** A worker's task: each copy's problems; a page is written only when it has none. */
export function copyKeptPages(copies: readonly CopyTask[]): string[][] {
  return copies.map(({ key, file, asFile, root, deploymentId }) => {
    const cached = readCached(PAGE_CACHE, key, root);
    if (!cached) return [`${file}: its kept page was damaged during the build: build again.`];
    const bytes = asFile ? cached : keptPageFor(cached.toString('utf8'), deploymentId);
    const problems = typeof bytes === 'string' ? keptPageProblems(file, bytes) : [];
    if (problems.length === 0) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), bytes);
    }
    return problems;
  });
}

/**
 * Copies the kept pages and files into out/, on every core; returns the problems that stop them
 * from shipping. When there are any, nothing kept is left in out/.
 */
export async function copyKept(copies: readonly KeptCopy[], deploymentId = '', root = process.cwd(), perWorker?: number): Promise<string[]> {
  const tasks = copies.map((copy) => ({ ...copy, root, deploymentId }));
  const problems = (await onEveryCore<CopyTask, string[]>({ module: import.meta.url, name: 'copyKeptPages' }, tasks, perWorker)).flat();
  if (problems.length > 0) for (const { file } of copies) rmSync(join(root, file), { force: true });
  return problems;
}
