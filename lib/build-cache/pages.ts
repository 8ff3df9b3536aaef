/**
 * The pages a build may copy from its cache rather than render: every page that grows in number
 * with the site (entries' pages and share images, the pages of lists, weeks, years, tags' feeds), each a function of its
 * inputs below (its route reads nothing else) and of the site's code. `scripts/build/build-cache.ts`
 * keys them; lib/build-cache/plan.ts tells the routes which to leave out. The pages there is
 * one of (the archive's index, the sitemap, the site's feeds) change with every new entry and
 * are always rendered.
 */
import { FEED_LENGTH } from '../feeds/formats';
import { type PageTarget, pageTargets } from '../pagination';
import {
  getArchiveYear,
  getArchiveYears,
  getDigestWeek,
  getDigestWeeks,
  getDigestWeeksPage,
  getDomainPostsPage,
  getDomains,
  getEntryPage,
  getKindPostsPage,
  getKinds,
  getPosts,
  getPostsPage,
  getTagInfo,
  getTagPosts,
  getTagPostsPage,
  getTags,
  getTagsBeside,
  type Post,
  tagDescription,
} from '../posts';
import { archiveYearPath, digestPath, domainPath, kindPath, pageHref, PATHS, permalinkOf, postImagePath, tagFeedPath, tagPath } from '../routes';
import { site } from '../site';

/**
 * A page the cache can keep: its address, everything it shows, and the kind of page it is (the
 * build compares one kept page of each shape with a fresh one). A `file` is kept as written at
 * its path (a feed, an image); any other is an HTML page, finished and checked as every page is.
 */
export interface CachePage {
  path: string;
  inputs: unknown;
  shape: string;
  file?: true;
}

/**
 * Every page of a list of `count` entries at `base`, with what each shows. Its shape names the
 * section (`/kinds/…` or `/quotes`): each section's newest pages are a shape of their own, so the
 * build renders one of each and no route is left with no page to render.
 */
const listPages = (base: string, count: number, inputs: (page: PageTarget) => unknown, pageSize: number = site.listPageSize): CachePage[] =>
  pageTargets(count, pageSize).map((page) => ({
    path: pageHref(base, page),
    inputs: inputs(page),
    shape: `${base.split('/')[1] || 'home'}, ${page === 'newest' ? 'newest page' : 'older page'}`,
  }));

/** An entry's page's shape: its kind, and the parts only some entries' pages have. */
const entryShape = (post: Post) => [post.kind, post.discussions.length > 0 && 'discussions', post.archivedCopy && 'archived copy'].filter(Boolean).join(', ');

/**
 * The pages of each route the cache keeps, by route. A page whose inputs are unchanged is the
 * same page. A new entry changes its own page, its neighbours' and related entries' pages, the
 * newest page of each list it joins (lib/pagination.ts: older pages do not move), its week,
 * year and tags' feeds; the rest are copied.
 */
export const CACHED_ROUTES: Record<string, () => CachePage[]> = {
  /** `/[page/N]`: that page of every entry. */
  'home page': () => listPages(PATHS.home, getPosts().length, (page) => ({ page, list: getPostsPage(page) }), site.pageSize),
  /** `/posts/<slug>`: the entry, its neighbours and related entries. */
  'entry page': () => getPosts().map((post) => ({ path: permalinkOf(post.slug), inputs: getEntryPage(post.slug), shape: entryShape(post) })),
  /**
   * `/og/posts/<slug>.png`: the entry's share image, from the entry. Kept here too, though the
   * image route copies a drawn image from its own cache (lib/build-cache/share-image.ts): at
   * 10,000 entries, running the route for every image took 20 s of a rebuild.
   */
  'share image': () => getPosts().map((post) => ({ path: postImagePath(post.slug), inputs: post, shape: 'share image', file: true })),
  /** `/domains/<hostname>[/page/N]`: that page of the source's entries. */
  'source page': () => getDomains().flatMap(({ hostname, count }) => listPages(domainPath(hostname), count, (page) => ({ hostname, page, list: getDomainPostsPage(hostname, page) }))),
  /** `/tags/<tag>[/page/N]`: that page of the tag's entries, the tag as content/tags.yml describes it, and on the newest page the tags to narrow it with. */
  'tag page': () =>
    getTags().flatMap(({ tag, count }) =>
      listPages(tagPath(tag), count, (page) => ({ tag, page, info: getTagInfo(tag) ?? null, description: tagDescription(tag), beside: page === 'newest' ? getTagsBeside(tag) : null, list: getTagPostsPage(tag, page) })),
    ),
  /** `/tags/<tag>/feed.xml`: the tag's description and newest entries. */
  'tag feed': () =>
    getTags().map(({ tag }) => ({ path: tagFeedPath(tag), inputs: { tag, description: tagDescription(tag), entries: getTagPosts(tag).slice(0, FEED_LENGTH) }, shape: 'tag feed', file: true })),
  /** `/kinds/<kind>[/page/N]`: that page of the kind's entries. */
  'kind page': () => getKinds().flatMap(({ kind, count }) => listPages(kindPath(kind), count, (page) => ({ kind, page, list: getKindPostsPage(kind, page) }))),
  /** `/archive/<year>`: the year's entries by month. */
  'archive year': () => getArchiveYears().map(({ year }) => ({ path: archiveYearPath(year), inputs: getArchiveYear(year), shape: 'archive year' })),
  /** `/digest/<week>`: the week's entries and the weeks either side. */
  'week': () => getDigestWeeks().map(({ id }) => ({ path: digestPath(id), inputs: getDigestWeek(id), shape: 'week' })),
  /** `/digest[/page/N]`: that page of the weeks, with their entries. */
  'weeks page': () => listPages(PATHS.digest, getDigestWeeks().length, (page) => ({ page, list: getDigestWeeksPage(page) })),
};
