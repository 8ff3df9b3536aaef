/** Lists a page at a time: which items, how many pages, which page numbers to link. */
import { pageSegments } from './routes';

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

/** The `pagination` params of every page of a list of `count` entries: what each list route prerenders. */
export function paginationParams(count: number, pageSize: number): { pagination: string[] }[] {
  return Array.from({ length: pageCount(count, pageSize) }, (_, i) => ({ pagination: pageSegments(i + 1) }));
}
