/**
 * The tag vocabulary's other names (content/tags.yml), so that it can change without breaking
 * anything: a tag's `aliases` (names entries may write), `renamed-from` (its names before a
 * rename) and a former tag that now says `merged-into` another. Entries may use any of them;
 * pages, feeds and search show the tag's own name; the old addresses of each redirect for good
 * (vercel.json, which `npm run tags` keeps and `npm run check` holds to this file). Pure.
 */
import { pageHref, tagFeedPath, tagPath } from './routes';

/** One item of content/tags.yml as written: a tag, or a former tag pointing at the one it joined. */
export interface VocabularyItem {
  name: string;
  title?: string;
  description?: string;
  aliases?: string[];
  'renamed-from'?: string | string[];
  'merged-into'?: string;
}

/** `renamed-from: a` and `renamed-from: [a, b]` alike. */
const listOf = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat());

/** Every other name, and the tag it stands for. */
export function otherNamesOf(items: readonly VocabularyItem[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of items) {
    if (item['merged-into'] !== undefined) names.set(item.name, item['merged-into']);
    else for (const other of [...(item.aliases ?? []), ...listOf(item['renamed-from'])]) names.set(other, item.name);
  }
  return names;
}

/** What an entry's tags mean: each as the vocabulary names it, once. */
export function canonicalTags(tags: readonly string[], otherNames: ReadonlyMap<string, string>): string[] {
  return [...new Set(tags.map((tag) => otherNames.get(tag) ?? tag))];
}

/** A redirect as vercel.json writes it; `permanent` is a 308. */
export interface Redirect {
  source: string;
  destination: string;
  permanent: true;
}

/**
 * The permanent redirects the other names need: each one's page, its later pages (to the tag's
 * first: the lists differ) and its feed, so links and feed subscriptions keep working.
 */
export function tagRedirects(otherNames: ReadonlyMap<string, string>): Redirect[] {
  return [...otherNames]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([from, to]) => [
      { source: tagPath(from), destination: tagPath(to), permanent: true as const },
      { source: `${pageHref(tagPath(from), 2).replace(/2$/, ':page')}`, destination: tagPath(to), permanent: true as const },
      { source: tagFeedPath(from), destination: tagFeedPath(to), permanent: true as const },
    ]);
}

/** Whether a vercel.json redirect is one of the tag vocabulary's (`npm run tags` writes those). */
export const isTagRedirect = (redirect: { source: string }) => redirect.source.startsWith(`${tagPath('')}`);
