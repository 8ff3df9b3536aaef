/**
 * The plan a build makes before `next build` (scripts/build/build-cache.ts): which pages of
 * lib/build-cache/pages.ts's routes the cache holds, so that their routes leave them out. Read by
 * the routes' generateStaticParams; without a plan, every page is rendered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_CACHE_DIR } from './store';
import type { KeepingBuild } from './tag-terms';
import { paginationParams } from '../pagination';
import { pageFromSegments, pageHref } from '../routes';
import { site } from '../site';

export const PLAN_FILE = join(BUILD_CACHE_DIR, 'plan.json');

export interface BuildPlan {
  /** The site's code, settings and Node.js, as one key (scripts/build/build-cache.ts). */
  version: string;
  /** What the entries are read from (the generated documents, the link checker's records), as one key. */
  data: string;
  /** When the plan was made (ms): what the cache holds but this build did not use is older. */
  started: number;
  /** The UTC day the plan was made on: which entries are published depends on it. */
  today: string;
  /** The paths of the pages copied from the cache, not rendered. */
  kept: string[];
  /** Every page's key, by path (lib/build-cache/pages.ts), as the build files them when it ends. */
  keys: Record<string, string>;
  /** The paths of those kept as files (feeds, images) rather than HTML pages. */
  files: string[];
}

export function readPlan(): BuildPlan | undefined {
  try {
    return JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as BuildPlan;
  } catch {
    return undefined;
  }
}

let kept: Set<string> | undefined;

/** The paths `next build` does not render; none in `npm run dev`, which renders every page it is asked for. */
export function keptPages(): Set<string> {
  if (process.env.NODE_ENV === 'development') return new Set();
  kept ??= new Set(readPlan()?.kept ?? []);
  return kept;
}

/** The build things are kept for (lib/build-cache/tag-terms.ts): none in `npm run dev`, or without a plan. */
export function keepingBuild(): KeepingBuild | undefined {
  const plan = process.env.NODE_ENV === 'development' ? undefined : readPlan();
  return plan && { version: plan.version, started: plan.started };
}

/** Whether `next build` renders the page at `path`: every page but the kept ones. */
export const toRender = (path: string) => !keptPages().has(path);

/** The `pagination` params of the pages of a list at `base` that the build renders: all but the kept ones. */
export function listParamsToRender(base: string, count: number, pageSize: number = site.listPageSize): { pagination: string[] }[] {
  return paginationParams(count, pageSize).filter(({ pagination }) => toRender(pageHref(base, pageFromSegments(pagination) ?? 'newest')));
}
