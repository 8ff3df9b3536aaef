/**
 * Each entry's part of the search index (lib/search/build-index.ts's EntrySummary: its card,
 * fields, term scores and words), kept by the build so that a rebuild reads and renders only
 * the entries that changed; the index's files are then made from all of them.
 */
import type { Post } from '../posts';
import type { EntrySummary } from '../search/build-index';
import { cacheKey, keptJson, SEARCH_ENTRY_CACHE } from './store';

/**
 * The key: the entry as lib/posts gives it (what its card and fields are made from), the other
 * names of its tags and the reading lists it is a step of (both indexed with it), and the site's
 * code (scripts/build/build-cache.ts's codeVersion: the card's components, the index's format).
 */
export const searchEntryKey = (version: string, post: Post, otherTagNames: string[], listNames: string[]) =>
  cacheKey('search entry', version, post, otherTagNames, listNames);

/** The summary kept under `key`, or the one `make` makes. */
export const keptSummary = (key: string, make: () => EntrySummary) => keptJson(SEARCH_ENTRY_CACHE, key, make);
