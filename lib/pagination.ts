/**
 * Lists a page at a time, numbered so that pages do not move: page 1 holds the oldest entries,
 * page 2 the next, and the list's own address its newest page, which also holds the entries that
 * do not fill a page yet (from one page's worth to just under two). A new entry changes the
 * newest page alone, so page N shows the same entries for good: a permalink for readers and a
 * page the build copies rather than renders. (Numbered from the newest, one new entry would
 * shift every page of every list it joins.)
 */
import { pageSegments } from './routes';

/** A page of a list: its number, or `'newest'` for the list's own address. */
export type PageTarget = number | 'newest';

/**
 * The links from one page to the others: everything a page shows of the list's length. A page
 * more than three below the newest shows the same links however long the list grows.
 */
export interface PageLinks {
  newer?: PageTarget;
  older?: number;
  /** The pages to jump to, newest first: the newest, a few either side of this one, and page 1; null is a gap. */
  window: (PageTarget | null)[];
}

export interface Page<T> {
  items: T[];
  /** 1 is the oldest page; the newest page has the highest number. */
  page: number;
  /** Whether this is the newest page, shown at the list's own address. */
  newest: boolean;
  links: PageLinks;
}

/** How many pages a list takes: one per full page of entries, the rest riding on the newest; an empty list still has one. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.floor(total / pageSize));
}

/**
 * The page numbers a page links to, newest first: the newest page, `radius` either side of
 * this one, and page 1, with a gap (null) wherever numbers are left out. The gap below the
 * newest page is always a gap, never the one number it hides, so that a page's links depend on
 * the list's length only within `radius + 1` of the top. Showing every number would put
 * hundreds of links on every page of a large site, and so grow the build as pages squared.
 */
export function pageWindow(page: number, totalPages: number, radius = 2): (PageTarget | null)[] {
  const top = Math.min(totalPages - 1, page + radius);
  const window: (PageTarget | null)[] = ['newest'];
  if (top < 1) return window;
  if (top < totalPages - 1) window.push(null);
  const bottom = Math.max(1, page - radius);
  for (let number = top; number >= bottom; number--) window.push(number);
  // A gap of one number is shown as that number: "…" would take its place for nothing.
  if (bottom === 3) window.push(2);
  else if (bottom > 3) window.push(null);
  if (bottom > 1) window.push(1);
  return window;
}

/** The links of page `page` of `totalPages`. */
export function pageLinks(page: number, totalPages: number): PageLinks {
  return {
    ...(page < totalPages ? { newer: page + 1 === totalPages ? 'newest' : page + 1 } : {}),
    ...(page > 1 ? { older: page - 1 } : {}),
    window: totalPages > 1 ? pageWindow(page, totalPages) : [],
  };
}

/** Page `page` of `items` (newest first), or undefined when there is no such page; the newest page is only `'newest'`, at the list's own address. */
export function paginate<T>(items: readonly T[], page: PageTarget, pageSize: number): Page<T> | undefined {
  const totalPages = pageCount(items.length, pageSize);
  const number = page === 'newest' ? totalPages : page;
  if (!Number.isInteger(number) || number < 1 || number >= totalPages + (page === 'newest' ? 1 : 0)) return undefined;
  // Counted from the oldest, page k holds items (k - 1) × size to k × size; the newest also all above.
  const start = page === 'newest' ? 0 : items.length - number * pageSize;
  const end = items.length - (number - 1) * pageSize;
  return { items: items.slice(start, end), page: number, newest: page === 'newest', links: pageLinks(number, totalPages) };
}

/** Every page of a list of `count` entries, newest first: what each list route prerenders, and the sitemap lists. */
export function pageTargets(count: number, pageSize: number): PageTarget[] {
  return ['newest', ...Array.from({ length: pageCount(count, pageSize) - 1 }, (_, i) => pageCount(count, pageSize) - 1 - i)];
}

/** The `pagination` params of every page of a list of `count` entries. */
export function paginationParams(count: number, pageSize: number): { pagination: string[] }[] {
  return pageTargets(count, pageSize).map((page) => ({ pagination: pageSegments(page) }));
}
