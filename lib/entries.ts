/** Pure operations on lists of entries: what is published, in what order, a page at a time. */

/** The fields these functions need; Contentlayer's `Post` has them all. */
export interface EntryLike {
  slug: string;
  title: string;
  /** The day shared, as an ISO string at midnight UTC. */
  date: string;
  tags: string[];
  draft?: boolean;
}

export interface PublishOptions {
  /** `npm run dev` shows drafts and future-dated entries so the author can preview them. */
  includeUnpublished: boolean;
  /** The day of the build, YYYY-MM-DD: entries dated later wait for their day. */
  today: string;
}

/** Where an entry lives on this site. */
export function permalinkOf(slug: string): string {
  return `/posts/${slug}`;
}

/** Newest first; entries shared on the same day by title, so the order never depends on file order. */
export function sortNewestFirst<T extends EntryLike>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug),
  );
}

export function isPublished(entry: EntryLike, today: string): boolean {
  return !entry.draft && entry.date.slice(0, 10) <= today;
}

/** The entries a reader may see, newest first. */
export function selectPublished<T extends EntryLike>(entries: readonly T[], options: PublishOptions): T[] {
  const visible = options.includeUnpublished ? entries : entries.filter((entry) => isPublished(entry, options.today));
  return sortNewestFirst(visible);
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
}

/** How many pages a list takes; an empty list still has one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page `page` (1-based) of `items`, or undefined when there is no such page. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> | undefined {
  const totalPages = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, totalPages };
}

/**
 * The page numbers a list's pagination shows: the first, the last, and `radius` either side of
 * the current one, with a gap (null) wherever numbers are left out. Showing every number would
 * put hundreds of links on every page of a large site, and so grow the build as pages squared.
 */
export function pageWindow(page: number, totalPages: number, radius = 2): (number | null)[] {
  const shown = new Set([1, totalPages]);
  for (let number = Math.max(1, page - radius); number <= Math.min(totalPages, page + radius); number++) shown.add(number);
  const numbers = [...shown].sort((a, b) => a - b);
  const window: (number | null)[] = [];
  for (const number of numbers) {
    const previous = window.at(-1);
    // A gap of one number is shown as that number: "…" would take its place for nothing.
    if (typeof previous === 'number' && number - previous === 2) window.push(previous + 1);
    else if (typeof previous === 'number' && number - previous > 2) window.push(null);
    window.push(number);
  }
  return window;
}

/** The URL of page `page` of a list living at `base` (`/` or `/tags/x`): page 1 is the list itself. */
export function pageHref(base: string, page: number): string {
  if (page === 1) return base;
  return `${base === '/' ? '' : base}/page/${page}`;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Every tag with how many entries carry it, most used first, then alphabetically. */
export function tagCounts(entries: readonly EntryLike[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export function withTag<T extends EntryLike>(entries: readonly T[], tag: string): T[] {
  return entries.filter((entry) => entry.tags.includes(tag));
}

/** The entries on either side of `slug` in a newest-first list. */
export function neighbours<T extends EntryLike>(entries: readonly T[], slug: string): { newer?: T; older?: T } {
  const index = entries.findIndex((entry) => entry.slug === slug);
  if (index === -1) return {};
  return { newer: entries[index - 1], older: entries[index + 1] };
}

/**
 * Paginated lists live at one optional catch-all route: `/x` is page 1, `/x/page/N` page N.
 * (Separate `/x/page/[page]` routes would have no page to prerender for a one-page list,
 * which `output: 'export'` refuses to build.)
 */
export function pageSegments(page: number): string[] {
  return page === 1 ? [] : ['page', String(page)];
}

/** The `pagination` params of every page of a list of `count` entries: what each list route prerenders. */
export function paginationParams(count: number, pageSize: number): { pagination: string[] }[] {
  return Array.from({ length: pageCount(count, pageSize) }, (_, i) => ({ pagination: pageSegments(i + 1) }));
}

/** The page number in a list URL's trailing segments, or undefined for anything but `[]` or `['page', N≥2]`. */
export function pageFromSegments(segments: string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const [word, number] = segments;
  if (segments.length !== 2 || word !== 'page' || !/^[1-9]\d*$/.test(number)) return undefined;
  const page = Number(number);
  return page >= 2 ? page : undefined;
}
