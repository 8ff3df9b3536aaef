/**
 * Pure operations on lists of entries: what is published, in what order, grouped how.
 *
 * One word, two names: an "entry" (the docs' and the authors' word) is a `Post` (the
 * Contentlayer type, and the `/posts/` in its URL). Both mean one shared link.
 */

import { kindOf } from './kinds';
import { permalinkOf, slugOfFile } from './routes';
import { hostnameOf } from './url';

/**
 * What the site makes of an entry's file beyond the front matter as written: its slug,
 * permalink and hostname, its author list, and the defaults of optional fields.
 * Contentlayer's computed fields and the content check's picture of the site both come from
 * here, so they cannot drift apart.
 */
export function entryFields(file: string, data: { url: string; kind?: unknown; quote?: unknown; tags?: unknown; draft?: unknown; author?: unknown }) {
  const slug = slugOfFile(file);
  return {
    slug,
    permalink: permalinkOf(slug),
    hostname: hostnameOf(data.url),
    kind: kindOf(data),
    tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
    draft: data.draft === true,
    authors: data.author === undefined ? [] : [data.author].flat().map(String),
  };
}

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

/** Newest first; entries shared on the same day by title, so the order never depends on file order. */
export function sortNewestFirst<T extends EntryLike>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug),
  );
}

export function isPublished(entry: Pick<EntryLike, 'date' | 'draft'>, today: string): boolean {
  return !entry.draft && entry.date.slice(0, 10) <= today;
}

/** The entries a reader may see, newest first. */
export function selectPublished<T extends EntryLike>(entries: readonly T[], options: PublishOptions): T[] {
  const visible = options.includeUnpublished ? entries : entries.filter((entry) => isPublished(entry, options.today));
  return sortNewestFirst(visible);
}

/** The ways a reader can browse entries besides the newest-first list: by tag, kind or source. */
export type Facet = 'tag' | 'kind' | 'hostname';

/** An entry as browsing needs it. */
export type BrowsableEntry = EntryLike & { kind: string; hostname: string };

const valuesOf: Record<Facet, (entry: BrowsableEntry) => readonly string[]> = {
  tag: (entry) => entry.tags,
  kind: (entry) => [entry.kind],
  hostname: (entry) => [entry.hostname],
};

export interface FacetCount<V extends string = string> {
  value: V;
  count: number;
}

/**
 * Every value of `facet` with how many entries have it: in the order of `order` when given
 * (values outside it are left out), otherwise most used first, then alphabetically.
 */
export function countBy<V extends string = string>(entries: readonly BrowsableEntry[], facet: Facet, order?: readonly V[]): FacetCount<V>[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const value of valuesOf[facet](entry)) counts.set(value, (counts.get(value) ?? 0) + 1);
  const all = [...counts].map(([value, count]) => ({ value: value as V, count }));
  return order
    ? order.flatMap((value) => all.filter((count) => count.value === value))
    : all.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * The entries by each value of `facet` (each tag, kind or source), in their order: one pass,
 * so that every list's page finds its entries without scanning them all (at 10,000 entries and
 * 1,000 tags, a scan per page made the build's cost grow as the square of the site).
 */
export function entriesByValue<T extends BrowsableEntry>(entries: readonly T[], facet: Facet): Map<string, T[]> {
  const byValue = new Map<string, T[]>();
  for (const entry of entries) {
    for (const value of new Set(valuesOf[facet](entry))) {
      const list = byValue.get(value);
      if (list) list.push(entry);
      else byValue.set(value, [entry]);
    }
  }
  return byValue;
}

/** The tags that stand beside `tag` on its entries, with how many entries hold both: most first, then by name. */
export function tagsBeside<T extends EntryLike>(entries: readonly T[], tag: string): FacetCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.tags.includes(tag)) continue;
    for (const other of new Set(entry.tags)) if (other !== tag) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The entries on either side of the one at `index` in a newest-first list; none for no index. */
export function neighbours<T extends EntryLike>(entries: readonly T[], index: number | undefined): { newer?: T; older?: T } {
  if (index === undefined || !(index in entries)) return {};
  return { newer: entries[index - 1], older: entries[index + 1] };
}

/**
 * A finder of up to `limit` entries sharing a tag with an entry: most shared tags first, then
 * the nearest before it in time, then the nearest after (`entries` come newest first). So a new
 * entry joins an older entry's related ones only if it shares more tags than they do: one new
 * link does not change the pages of every entry that shares a tag with it. It files the entries
 * by tag once, so each call looks only at entries sharing a tag, and keeps the best few as it
 * goes rather than sort them all: every entry's page asks, the build cache asks for every entry,
 * and a popular tag at 10,000 entries is shared by thousands.
 */
export function relatedEntries<T extends EntryLike>(entries: readonly T[]): (entry: EntryLike, limit?: number) => T[] {
  const byTag = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const tag of new Set(entry.tags)) {
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push(index);
    }
  });
  const indexOf = new Map(entries.map((entry, index) => [entry.slug, index]));
  // Tags shared with the entry asked about, by index; back to zero after each call.
  const shared = new Uint16Array(entries.length);
  return (entry, limit = 3) => {
    const own = indexOf.get(entry.slug) ?? -1;
    const candidates: number[] = [];
    for (const tag of new Set(entry.tags)) {
      for (const index of byTag.get(tag) ?? []) if (index !== own && shared[index]++ === 0) candidates.push(index);
    }
    // Older entries (a higher index) by nearness, then newer ones by nearness; one not in the list is newer than all.
    const rank = (index: number) => (index > own ? index - own : entries.length + own - index);
    const before = (a: number, b: number) => shared[a] > shared[b] || (shared[a] === shared[b] && rank(a) < rank(b));
    const best: number[] = [];
    for (const index of candidates) {
      if (best.length === limit) {
        if (!before(index, best[limit - 1])) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && before(index, best[at - 1])) at--;
      best.splice(at, 0, index);
    }
    const related = best.map((index) => entries[index]);
    for (const index of candidates) shared[index] = 0;
    return related;
  };
}

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
