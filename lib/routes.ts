/**
 * Every path of the site, in one place: pages, lists and their later pages, feeds, share
 * images and search. Nothing else writes `/tags/${tag}` by hand, so a route that moves is
 * changed here alone. No imports: the content check, the pages and the tests all use it.
 */

/** The site's fixed pages. */
export const PATHS = {
  home: '/',
  archive: '/archive',
  tags: '/tags',
  kinds: '/kinds',
  domains: '/domains',
  about: '/about',
  search: '/search',
  /** Where a link is shared from the browser: the form, and what it knows of the site. */
  share: '/share',
  /** The entries' tags and strongest terms the share page suggests tags from. */
  shareTagModel: '/share/tag-model.json',
  /** `npm run dev` only: the content check's latest findings, for the preview's banner. */
  devContentCheck: '/dev-content-check',
  rss: '/feed.xml',
  atom: '/atom.xml',
  jsonFeed: '/feed.json',
  siteImage: '/og/site.png',
  sitemap: '/sitemap.xml',
  icon: '/icon.svg',
  appleIcon: '/apple-icon.png',
  /** The one script every page loads: the theme and the `/` shortcut. */
  siteScript: '/site.js',
  /** Every quotation, and their feed. */
  quotes: '/quotes',
  quotesFeed: '/quotes/feed.xml',
  /** The week in links: the complete weeks, and their feed (one item a week, for email). */
  digest: '/digest',
  digestFeed: '/digest/feed.xml',
  /** The reading lists. */
  lists: '/lists',
  /** The search page's one script, written to out/ after `next build` with the index. */
  searchScript: '/search.js',
  /** The search index: a folder for each build's (searchIndexPath). */
  searchIndex: '/search-index',
} as const;

/** The pages that need React in the browser; every other page ships HTML and CSS only. */
export const INTERACTIVE_PATHS: readonly string[] = [PATHS.share];

/**
 * A file (lib/search/format.ts's indexFile) of the search index a build wrote, `version` naming
 * it. Entries are numbered in the index, so a search page opened before a deploy must never
 * read the next build's files: each build's index has a folder of its own.
 */
export const searchIndexPath = (version: string, file: string) => `${PATHS.searchIndex}/${version}/${file}`;

/** A standalone page of content/pages/, such as About. */
export const pagePath = (slug: string) => `/${slug}`;

/** The shape of every slug and tag in a path: lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry's slug is its file's name: `content/posts/raft.mdx` → `raft`. */
export const slugOfFile = (file: string) => file.replace(/^.*\//, '').replace(/\.(mdx|yml)$/, '');

/** The site-wide feeds: RSS, Atom and JSON Feed. */
export const SITE_FEED_PATHS = [PATHS.rss, PATHS.atom, PATHS.jsonFeed];

/** Where an entry lives: `/posts/<slug>`, the slug being its file name. */
export const permalinkOf = (slug: string) => `/posts/${slug}`;

/** The slug of an entry's permalink, or undefined for any other path. */
export function slugOfPermalink(path: string): string | undefined {
  return /^\/posts\/([^/]+)$/.exec(path)?.[1];
}

export const tagPath = (tag: string) => `/tags/${tag}`;
export const archiveYearPath = (year: number) => `/archive/${year}`;
/** A week's digest: `/digest/2026-w48`. */
export const digestPath = (weekId: string) => `/digest/${weekId}`;
export const tagFeedPath = (tag: string) => `/tags/${tag}/feed.xml`;
/** A kind's list: `/kinds/<kind>`; quotations have their own section, `/quotes`, with its feed. */
export const kindPath = (kind: string) => (kind === 'quotation' ? PATHS.quotes : `${PATHS.kinds}/${kind}`);
export const domainPath = (hostname: string) => `/domains/${hostname}`;
export const postImagePath = (slug: string) => `/og/posts/${slug}.png`;
/** A reading list, its feed and its share image; `#step-3` is a reader's place in it. */
export const listPath = (slug: string) => `${PATHS.lists}/${slug}`;
export const listFeedPath = (slug: string) => `${PATHS.lists}/${slug}/feed.xml`;
/** One shard of what the share page knows of the site (lib/content/share.ts): `/share/site/0a.json`. */
export const shareShardFile = (shard: string) => `${shard}.json`;
export const shareShardPath = (shard: string) => `${PATHS.share}/site/${shareShardFile(shard)}`;
export const listImagePath = (slug: string) => `/og/lists/${slug}.png`;
export const stepId = (step: number) => `step-${step}`;

/** The URL of a page of a list living at `base` (`/` or `/tags/x`): the newest page is the list itself, page N `…/page/N`. */
export function pageHref(base: string, page: number | 'newest'): string {
  if (page === 'newest') return base;
  return `${base === '/' ? '' : base}/page/${page}`;
}

/**
 * Paginated lists live at one optional catch-all route: `/x` is the newest page, `/x/page/N`
 * page N, counted from the oldest (lib/pagination.ts). (Separate `/x/page/[page]` routes would
 * have no page to prerender for a one-page list, which `output: 'export'` refuses to build.)
 */
export function pageSegments(page: number | 'newest'): string[] {
  return page === 'newest' ? [] : ['page', String(page)];
}

/** The page in a list URL's trailing segments: `'newest'` for `[]`, N for `['page', N≥1]`, undefined for anything else. */
export function pageFromSegments(segments: string[] | undefined): number | 'newest' | undefined {
  if (!segments || segments.length === 0) return 'newest';
  const [word, number] = segments;
  if (segments.length !== 2 || word !== 'page' || !/^[1-9]\d*$/.test(number)) return undefined;
  return Number(number);
}

/** The address readers use for a page's file in out/: `/posts/x.html` → `/posts/x`, `/index.html` → `/`. */
export function pathOfExportedFile(file: string): string {
  return file.replace(/\.html$/, '').replace(/\/index$/, '/');
}

/** The file of out/ a page is exported to: `/posts/x` → `/posts/x.html`, `/` → `/index.html`. */
export function exportedFileOf(path: string): string {
  return path === '/' ? '/index.html' : `${path}.html`;
}
