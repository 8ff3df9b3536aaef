/** Every public page of the site, with the day its content last changed. */
import { dayOf } from './dates';
import { type BrowsableEntry, countBy, type EntryLike, entriesByValue, type Facet, groupByMonth } from './entries';
import { KINDS } from './kinds';
import { paginate, pageTargets } from './pagination';
import { digestWeeks } from './digest';
import { archiveYearPath, digestPath, domainPath, kindPath, listPath, pageHref, PATHS, permalinkOf, tagPath } from './routes';

export interface SitemapPage {
  path: string;
  /** YYYY-MM-DD; absent for pages whose content has no date (About, Search). */
  lastModified?: string;
}

/**
 * `entries` are the published entries, newest first; `today` says which weeks of the digest are
 * complete. A list's page carries the date of its newest entry: a new entry changes the
 * list's newest page alone (lib/pagination.ts); an entry's page carries its own.
 */
export function sitemapPages(
  entries: readonly BrowsableEntry[],
  today: string,
  pageSize: number,
  listPageSize = pageSize,
  readingLists: readonly { slug: string; updated?: string }[] = [],
): SitemapPage[] {
  const newest = (list: readonly EntryLike[]) => (list[0] ? dayOf(list[0].date) : undefined);
  const listPages = (base: string, list: readonly EntryLike[], size = listPageSize) =>
    pageTargets(list.length, size).map((page) => ({ path: pageHref(base, page), lastModified: newest(paginate(list, page, size)!.items) }));
  const facetPages = (facet: Facet, pathOf: (value: string) => string, order?: readonly string[]) => {
    const byValue = entriesByValue(entries, facet);
    return countBy(entries, facet, order).flatMap(({ value }) => listPages(pathOf(value), byValue.get(value)!));
  };

  return [
    ...listPages(PATHS.home, entries, pageSize),
    ...entries.map((entry) => ({ path: permalinkOf(entry.slug), lastModified: dayOf(entry.date) })),
    { path: PATHS.archive, lastModified: newest(entries) },
    ...groupByMonth(entries).map(({ year, months }) => ({ path: archiveYearPath(year), lastModified: newest(months[0].entries) })),
    { path: PATHS.tags, lastModified: newest(entries) },
    ...facetPages('tag', tagPath),
    { path: PATHS.kinds, lastModified: newest(entries) },
    ...facetPages('kind', kindPath, KINDS),
    { path: PATHS.domains, lastModified: newest(entries) },
    ...facetPages('hostname', domainPath),
    ...digestPages(entries, today, listPageSize),
    { path: PATHS.lists, lastModified: readingLists.map(({ updated }) => updated ?? '').sort().at(-1) || undefined },
    ...readingLists.map(({ slug, updated }) => ({ path: listPath(slug), ...(updated ? { lastModified: updated } : {}) })),
    { path: PATHS.search },
    { path: PATHS.about },
  ];
}

/** The digest's index pages and each complete week's page, dated by the newest entry they show. */
function digestPages(entries: readonly BrowsableEntry[], today: string, listPageSize: number): SitemapPage[] {
  const weeks = digestWeeks(entries, today);
  return [
    ...pageTargets(weeks.length, listPageSize).map((page) => {
      const newest = paginate(weeks, page, listPageSize)!.items[0]?.entries.at(-1);
      return { path: pageHref(PATHS.digest, page), ...(newest ? { lastModified: dayOf(newest.date) } : {}) };
    }),
    ...weeks.map((week) => ({ path: digestPath(week.id), lastModified: dayOf(week.entries.at(-1)!.date) })),
  ];
}
