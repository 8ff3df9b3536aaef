/** Every public page of the site, with the day its content last changed. */
import { hostnameCounts, kindCounts, withHostname, withKind } from './browse';
import { dayOf } from './dates';
import { type EntryLike, pageCount, pageHref, permalinkOf, tagCounts, withTag } from './entries';
import { KINDS, type Kind } from './kinds';
import { SEARCH_PATH } from './search';

export interface SitemapPage {
  path: string;
  /** YYYY-MM-DD; absent for pages whose content has no date (About, Search). */
  lastModified?: string;
}

type SitemapEntry = EntryLike & { kind: Kind; hostname: string };

/**
 * `entries` are the published entries, newest first. A list page changes whenever a newer
 * entry arrives (it shifts everything down), so every page of a list carries the list's
 * newest date; an entry's page carries its own.
 */
export function sitemapPages(entries: readonly SitemapEntry[], pageSize: number): SitemapPage[] {
  const newest = (list: readonly EntryLike[]) => (list[0] ? dayOf(list[0].date) : undefined);
  const listPages = (base: string, list: readonly EntryLike[]) =>
    Array.from({ length: pageCount(list.length, pageSize) }, (_, index) => ({
      path: pageHref(base, index + 1),
      lastModified: newest(list),
    }));

  return [
    ...listPages('/', entries),
    ...entries.map((entry) => ({ path: permalinkOf(entry.slug), lastModified: dayOf(entry.date) })),
    { path: '/archive', lastModified: newest(entries) },
    { path: '/tags', lastModified: newest(entries) },
    ...tagCounts(entries).flatMap(({ tag }) => listPages(`/tags/${tag}`, withTag(entries, tag))),
    { path: '/kinds', lastModified: newest(entries) },
    ...kindCounts(entries, KINDS).flatMap(({ kind }) => listPages(`/kinds/${kind}`, withKind(entries, kind))),
    { path: '/domains', lastModified: newest(entries) },
    ...hostnameCounts(entries).flatMap(({ hostname }) => listPages(`/domains/${hostname}`, withHostname(entries, hostname))),
    { path: SEARCH_PATH },
    { path: '/about' },
  ];
}
