/** Other ways into the entries than the newest-first list: by month, by kind, by source, by likeness. */
import type { EntryLike } from './entries';
import type { Kind } from './kinds';

export interface ArchiveMonth<T> {
  /** 1–12. */
  month: number;
  entries: T[];
}

export interface ArchiveYear<T> {
  year: number;
  count: number;
  months: ArchiveMonth<T>[];
}

/** `entries` newest first → years newest first, each with its months newest first (UTC calendar months). */
export function groupByMonth<T extends EntryLike>(entries: readonly T[]): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const entry of entries) {
    const year = Number(entry.date.slice(0, 4));
    const month = Number(entry.date.slice(5, 7));
    let lastYear = years.at(-1);
    if (lastYear?.year !== year) years.push((lastYear = { year, count: 0, months: [] }));
    let lastMonth = lastYear.months.at(-1);
    if (lastMonth?.month !== month) lastYear.months.push((lastMonth = { month, entries: [] }));
    lastMonth.entries.push(entry);
    lastYear.count += 1;
  }
  return years;
}

export function withKind<T extends { kind: Kind }>(entries: readonly T[], kind: Kind): T[] {
  return entries.filter((entry) => entry.kind === kind);
}

/** The kinds that have entries, in the order of `kinds`, with how many each has. */
export function kindCounts(entries: readonly { kind: Kind }[], kinds: readonly Kind[]): { kind: Kind; count: number }[] {
  return kinds
    .map((kind) => ({ kind, count: entries.filter((entry) => entry.kind === kind).length }))
    .filter(({ count }) => count > 0);
}

export function withHostname<T extends { hostname: string }>(entries: readonly T[], hostname: string): T[] {
  return entries.filter((entry) => entry.hostname === hostname);
}

/** Every source with how many entries link to it, most linked first, then alphabetically. */
export function hostnameCounts(entries: readonly { hostname: string }[]): { hostname: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { hostname } of entries) counts.set(hostname, (counts.get(hostname) ?? 0) + 1);
  return [...counts]
    .map(([hostname, count]) => ({ hostname, count }))
    .sort((a, b) => b.count - a.count || a.hostname.localeCompare(b.hostname));
}

/**
 * Up to `limit` entries sharing a tag with `entry`: most shared tags first, then the most
 * recent (`entries` come newest first, and the sort is stable).
 */
export function relatedEntries<T extends EntryLike>(entries: readonly T[], entry: EntryLike, limit = 3): T[] {
  const tags = new Set(entry.tags);
  return entries
    .filter((other) => other.slug !== entry.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => tags.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}
