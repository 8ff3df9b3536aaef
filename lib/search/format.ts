/**
 * The search index's files, as `npm run build` writes them (build-index.ts) and the search
 * page reads them (engine.ts). Entries are numbered newest first, so "newest first" is
 * ascending numbers and a list of them compresses as small gaps.
 */

/**
 * The index's files, by name in its folder (lib/routes.ts's searchIndexPath): the manifest, a
 * range of terms (`t/3.json`), one entry's card and text (`e/41.json`), the entries with a tag or
 * kind (`f/tag-raft.json`), the words near a misspelt one (`c/17.json`).
 */
export const MANIFEST_FILE = 'manifest.json';
export const indexFile = (kind: 't' | 'e' | 'c' | 'f', name: string | number) => `${kind}/${name}.json`;

export interface Manifest {
  /** How many entries are indexed; entry `n` is the n-th newest (0 the newest). */
  entries: number;
  /** The first term of each term file `t/<i>.json`, in order: a term lives in the last file whose first term is not after it. */
  chunks: string[];
  /** How many correction files (`c/<i>.json`) the words of the site are spread over. */
  buckets: number;
  /** The kinds with a filter file (`f/kind-<name>.json`). */
  kinds: string[];
  /** The reading lists with a filter file (`f/list-<slug>.json`). */
  lists?: string[];
}

/**
 * The tags with a filter file (`f/tag-<name>.json`), in a file of their own (`TAGS_FILE`),
 * fetched only when a search is filtered by tag: a real collection has thousands, and a
 * first query by words needs none of them.
 */
export interface TagNames {
  tags: string[];
  /** A tag's other names (content/tags.yml), each with the tag it stands for: `?tag=tla` filters by tla-plus. */
  otherNames?: Record<string, string>;
}

export const TAGS_FILE = 'f/tags.json';

/**
 * A term file: term → its postings, flat: `[gap, score, gap, score, …]`, where each gap is
 * the entry's number minus the previous one's (the first is the number itself), and the
 * score says how strongly the term speaks for the entry (where it stands, how often).
 */
export type TermChunk = Record<string, number[]>;

/** One entry, fetched when it is shown: its card as every list renders it, and its words for excerpts and phrases. */
export interface EntryFragment {
  /** The entry's PostCard, rendered at build time. */
  card: string;
  title: string;
  description: string;
  /** Commentary, authors, site and kind: what a match outside the card's own text is shown from. */
  text: string;
}

/** A correction file: the site's words that share a key with a misspelling, each with how many entries hold it. */
export type CorrectionBucket = [word: string, entries: number][];

/** A filter file: the entries with a tag or of a kind, as gaps (see TermChunk). */
export type FilterList = number[];

/**
 * Fields of an entry that search reads, and how much a match in each counts: titles and tags
 * first. A quotation's words are what its card shows under the title, as a link's description
 * is, and count as much: a word in a link's title outranks the same word quoted.
 */
export const FIELD_WEIGHTS = { title: 10, tags: 8, authors: 6, site: 6, hostname: 5, kind: 4, quotation: 3, description: 3, commentary: 1 } as const;
export type IndexedField = keyof typeof FIELD_WEIGHTS;

/**
 * The longest word corrected, or offered as a correction: no word of a language is longer, and a
 * word has as many deletion keys as letters, each as long as the word (a 20,000-letter query
 * would make 400 million letters of keys).
 */
export const MAX_CORRECTED_LENGTH = 32;

/** The keys a word is filed under for corrections: itself and each way of deleting one letter. */
export function deletionKeys(word: string): string[] {
  const letters = [...word];
  const keys = new Set([word]);
  for (let i = 0; i < letters.length; i++) keys.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
  return [...keys];
}

/** FNV-1a: the correction file a key is in, the same in Node and the browser. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (const char of key) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** Gaps → entry numbers. */
export function fromGaps(gaps: readonly number[], stride = 1): number[] {
  const numbers: number[] = [];
  let last = 0;
  for (let i = 0; i < gaps.length; i += stride) numbers.push((last += gaps[i]));
  return numbers;
}
