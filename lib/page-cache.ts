/**
 * The pages a build copies from its cache rather than renders: entries' pages and the pages of
 * sources, tags and kinds, each a function of its inputs below (its route reads nothing else)
 * and of the site's code.
 * Before `next build`, `scripts/build/build-cache.ts plan` files each page under a key of its
 * inputs and everything it is made with (the site's code, settings and Node.js), and writes
 * here the pages the cache already holds; the routes leave those out of generateStaticParams;
 * after the pages step, `… keep` copies them into out/ and files the new ones. Without a plan,
 * every page is rendered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_CACHE_DIR } from './build-cache';
import { pageCount, paginationParams } from './pagination';
import { getDomainPostsPage, getDomains, getEntryPage, getKindPostsPage, getKinds, getPosts, getTagInfo, getTagPostsPage, getTags, tagDescription } from './posts';
import { domainPath, kindPath, pageFromSegments, pageHref, permalinkOf, tagPath } from './routes';
import { site } from './site';

export const PLAN_FILE = join(BUILD_CACHE_DIR, 'plan.json');

/** A page the cache can keep: its address, and everything it shows. */
export interface CachePage {
  path: string;
  inputs: unknown;
}

/** Every page of a list of `count` entries at `base`, with what each shows. */
const listPages = (base: string, count: number, inputs: (page: number) => unknown): CachePage[] =>
  Array.from({ length: pageCount(count, site.listPageSize) }, (_, i) => ({ path: pageHref(base, i + 1), inputs: inputs(i + 1) }));

/**
 * The pages of each route the cache keeps, by route. A page whose inputs are unchanged is the
 * same page. A new entry changes its own page, its neighbours' and related entries' pages, and
 * the pages of its source, tags and kind; the rest are copied. (The home page's pages, the
 * archive and the weeks are always rendered: a new entry moves every page of the first.)
 */
export const CACHED_ROUTES: Record<string, () => CachePage[]> = {
  /** `/posts/<slug>`: the entry, its neighbours and related entries. */
  'entry page': () => getPosts().map((post) => ({ path: permalinkOf(post.slug), inputs: getEntryPage(post.slug) })),
  /** `/domains/<hostname>[/page/N]`: that page of the source's entries. */
  'source page': () => getDomains().flatMap(({ hostname, count }) => listPages(domainPath(hostname), count, (page) => ({ hostname, page, list: getDomainPostsPage(hostname, page) }))),
  /** `/tags/<tag>[/page/N]`: that page of the tag's entries, and the tag as content/tags.yml describes it. */
  'tag page': () =>
    getTags().flatMap(({ tag, count }) =>
      listPages(tagPath(tag), count, (page) => ({ tag, page, info: getTagInfo(tag) ?? null, description: tagDescription(tag), list: getTagPostsPage(tag, page) })),
    ),
  /** `/kinds/<kind>[/page/N]`: that page of the kind's entries. */
  'kind page': () => getKinds().flatMap(({ kind, count }) => listPages(kindPath(kind), count, (page) => ({ kind, page, list: getKindPostsPage(kind, page) }))),
};

export interface BuildPlan {
  /** The site's code, settings and Node.js, as one key (scripts/build/build-cache.ts). */
  version: string;
  /** When the plan was made (ms): what the cache holds but this build did not use is older. */
  started: number;
  /** The UTC day the plan was made on: which entries are published depends on it. */
  today: string;
  /** Each cached page's key, by path. */
  keys: Record<string, string>;
  /** The paths of the pages copied from the cache, not rendered. */
  kept: string[];
}

export function readPlan(root = process.cwd()): BuildPlan | undefined {
  try {
    return JSON.parse(readFileSync(join(root, PLAN_FILE), 'utf8')) as BuildPlan;
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

/** The `pagination` params of the pages of a list at `base` that the build renders: all but the kept ones. */
export function listParamsToRender(base: string, count: number): { pagination: string[] }[] {
  return paginationParams(count, site.listPageSize).filter(({ pagination }) => !keptPages().has(pageHref(base, pageFromSegments(pagination) ?? 1)));
}
