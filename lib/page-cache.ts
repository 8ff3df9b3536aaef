/**
 * The pages a build may copy from its cache rather than render: entries' pages and the pages of
 * sources, tags and kinds, each a function of its inputs below (its route reads nothing else)
 * and of the site's code. `scripts/build/build-cache.ts` keys them; lib/build-plan.ts tells the
 * routes which to leave out.
 */
import { pageCount } from './pagination';
import { getDomainPostsPage, getDomains, getEntryPage, getKindPostsPage, getKinds, getPosts, getTagInfo, getTagPostsPage, getTags, tagDescription } from './posts';
import { domainPath, kindPath, pageHref, permalinkOf, tagPath } from './routes';
import { site } from './site';

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

