/**
 * The pages a build may copy from its cache rather than render: entries' pages and the pages of
 * sources, tags and kinds, each a function of its inputs below (its route reads nothing else)
 * and of the site's code. `scripts/build/build-cache.ts` keys them; lib/build-plan.ts tells the
 * routes which to leave out.
 */
import { pageCount } from './pagination';
import { getDomainPostsPage, getDomains, getEntryPage, getKindPostsPage, getKinds, getPosts, getTagInfo, getTagPostsPage, getTags, getTagsBeside, type Post, tagDescription } from './posts';
import { domainPath, kindPath, pageHref, permalinkOf, tagPath } from './routes';
import { site } from './site';

/** A page the cache can keep: its address, everything it shows, and the kind of page it is (the build compares one kept page of each shape with a fresh one). */
export interface CachePage {
  path: string;
  inputs: unknown;
  shape: string;
}

/**
 * Every page of a list of `count` entries at `base`, with what each shows. Its shape names the
 * section (`/kinds/…` or `/quotes`): each section's first pages are a shape of their own, so the
 * build renders one of each and no route is left with no page to render.
 */
const listPages = (base: string, count: number, inputs: (page: number) => unknown): CachePage[] =>
  Array.from({ length: pageCount(count, site.listPageSize) }, (_, i) => ({
    path: pageHref(base, i + 1),
    inputs: inputs(i + 1),
    shape: `${base.split('/')[1]}, ${i === 0 ? 'first page' : 'later page'}`,
  }));

/** An entry's page's shape: its kind, and the parts only some entries' pages have. */
const entryShape = (post: Post) => [post.kind, post.discussions.length > 0 && 'discussions', post.archivedCopy && 'archived copy'].filter(Boolean).join(', ');

/**
 * The pages of each route the cache keeps, by route. A page whose inputs are unchanged is the
 * same page. A new entry changes its own page, its neighbours' and related entries' pages, and
 * the pages of its source, tags and kind; the rest are copied. (The home page's pages, the
 * archive and the weeks are always rendered: a new entry moves every page of the first.)
 */
export const CACHED_ROUTES: Record<string, () => CachePage[]> = {
  /** `/posts/<slug>`: the entry, its neighbours and related entries. */
  'entry page': () => getPosts().map((post) => ({ path: permalinkOf(post.slug), inputs: getEntryPage(post.slug), shape: entryShape(post) })),
  /** `/domains/<hostname>[/page/N]`: that page of the source's entries. */
  'source page': () => getDomains().flatMap(({ hostname, count }) => listPages(domainPath(hostname), count, (page) => ({ hostname, page, list: getDomainPostsPage(hostname, page) }))),
  /** `/tags/<tag>[/page/N]`: that page of the tag's entries, the tag as content/tags.yml describes it, and the tags to narrow it with. */
  'tag page': () =>
    getTags().flatMap(({ tag, count }) =>
      listPages(tagPath(tag), count, (page) => ({ tag, page, info: getTagInfo(tag) ?? null, description: tagDescription(tag), beside: getTagsBeside(tag), list: getTagPostsPage(tag, page) })),
    ),
  /** `/kinds/<kind>[/page/N]`: that page of the kind's entries. */
  'kind page': () => getKinds().flatMap(({ kind, count }) => listPages(kindPath(kind), count, (page) => ({ kind, page, list: getKindPostsPage(kind, page) }))),
};

