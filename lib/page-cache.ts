/**
 * The entry pages a build copies from its cache rather than renders. Before `next build`,
 * `scripts/build/build-cache.ts plan` files each entry's page under a key of everything it shows
 * (getEntryPage) and everything it is made with (the site's code, settings and Node.js), and
 * writes here the entries whose finished page the cache already holds; after the pages step,
 * `… keep` copies those into out/ and files the new ones. Without a plan, every page is rendered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_CACHE_DIR } from './build-cache';

export const PLAN_FILE = join(BUILD_CACHE_DIR, 'plan.json');

export interface BuildPlan {
  /** The site's code, settings and Node.js, as one key (scripts/build/build-cache.ts). */
  version: string;
  /** When the plan was made (ms): what the cache holds but this build did not use is older. */
  started: number;
  /** The UTC day the plan was made on: which entries are published depends on it. */
  today: string;
  /** Each published entry's page key, by slug. */
  keys: Record<string, string>;
  /** The entries whose page is copied from the cache, not rendered. */
  kept: string[];
}

export function readPlan(root = process.cwd()): BuildPlan | undefined {
  try {
    return JSON.parse(readFileSync(join(root, PLAN_FILE), 'utf8')) as BuildPlan;
  } catch {
    return undefined;
  }
}

/** The entries `next build` does not render; none in `npm run dev`, which renders every page it is asked for. */
export function keptEntryPages(): Set<string> {
  if (process.env.NODE_ENV === 'development') return new Set();
  return new Set(readPlan()?.kept ?? []);
}
