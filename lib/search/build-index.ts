/**
 * The search index, from the published entries: `npm run build` writes these files to
 * out/search-index/ (scripts/build/search-index.ts). Pure: entries in, file paths and contents out.
 */
import { KIND_LABELS } from '../kinds';
import { plainText } from '../plain-text';
import type { Post } from '../posts';
import { createHash } from 'node:crypto';
import {
  bucketOf,
  type CorrectionBucket,
  deletionKeys,
  type EntryFragment,
  FIELD_WEIGHTS,
  type IndexedField,
  indexFile,
  MANIFEST_FILE,
  MAX_CORRECTED_LENGTH,
  type Manifest,
  TAGS_FILE,
  type TagNames,
  type TermChunk,
} from './format';
import { tokens } from './text';

/** What the index needs of an entry, newest first. */
export interface IndexedEntry extends Record<IndexedField, string> {
  kindName: string;
  tagNames: string[];
  /** The reading lists it is a step of, by slug. */
  listNames: string[];
  /** The entry's PostCard as HTML. */
  card: string;
}

/**
 * What the index keeps of one entry once read: the entry, each term's score in it, and its words
 * that corrections offer. Made per entry (reading an entry's text is the index's costly part), so
 * a build can keep it by the entry's own key (lib/build-cache/search-entries.ts) and make the
 * files from kept ones.
 */
export interface EntrySummary {
  entry: IndexedEntry;
  scores: [term: string, score: number][];
  words: string[];
}

export function summaryOf(entry: IndexedEntry): EntrySummary {
  const words = new Set<string>();
  for (const field of Object.keys(FIELD_WEIGHTS) as IndexedField[]) {
    for (const { folded } of tokens(entry[field])) if (CORRECTABLE.test(folded)) words.add(folded);
  }
  return { entry, scores: [...termScores(entry)], words: [...words] };
}

/** A term file holds about this many bytes of postings before the next one starts. */
const CHUNK_BYTES = 8_000;
/** Correction files hold about this many words each. */
const WORDS_PER_BUCKET = 64;
/** The words offered as corrections: a letter, then at least two letters or digits, and no longer than MAX_CORRECTED_LENGTH. */
const CORRECTABLE = new RegExp(`^\\p{L}[\\p{L}\\p{N}]{2,${MAX_CORRECTED_LENGTH - 1}}$`, 'u');

/** Each term's score in one entry: the weights of the fields it stands in, more for repeats, but not much more. */
function termScores(entry: IndexedEntry): Map<string, number> {
  const scores = new Map<string, number>();
  for (const field of Object.keys(FIELD_WEIGHTS) as IndexedField[]) {
    const counts = new Map<string, number>();
    for (const { term } of tokens(entry[field])) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) scores.set(term, (scores.get(term) ?? 0) + FIELD_WEIGHTS[field] * (1 + Math.log(count)));
  }
  return new Map([...scores].map(([term, score]) => [term, Math.max(1, Math.round(score))]));
}

/** Entry numbers → gaps. */
const toGaps = (numbers: readonly number[]) => numbers.map((number, i) => number - (i === 0 ? 0 : numbers[i - 1]));

function termChunks(summaries: readonly EntrySummary[]): { firsts: string[]; chunks: TermChunk[] } {
  const postings = new Map<string, number[]>();
  const lastNumber = new Map<string, number>();
  summaries.forEach(({ scores }, number) => {
    for (const [term, score] of scores) {
      const list = postings.get(term) ?? [];
      list.push(number - (lastNumber.get(term) ?? 0), score);
      postings.set(term, list);
      lastNumber.set(term, number);
    }
  });
  const firsts: string[] = [];
  const chunks: TermChunk[] = [];
  let size = Infinity;
  for (const term of [...postings.keys()].sort()) {
    if (size >= CHUNK_BYTES) {
      firsts.push(term);
      chunks.push({});
      size = 0;
    }
    chunks[chunks.length - 1][term] = postings.get(term)!;
    size += term.length + postings.get(term)!.join(',').length + 6;
  }
  return { firsts, chunks };
}

/** The site's words, each filed under its deletion keys, for the corrections of misspelt ones. */
function correctionBuckets(summaries: readonly EntrySummary[]): CorrectionBucket[] {
  const holders = new Map<string, number>();
  for (const { words } of summaries) {
    for (const word of words) holders.set(word, (holders.get(word) ?? 0) + 1);
  }
  const keys = [...holders.keys()].reduce((sum, word) => sum + word.length + 1, 0);
  const count = Math.min(4096, Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, keys / WORDS_PER_BUCKET)))));
  const buckets: CorrectionBucket[] = Array.from({ length: count }, () => []);
  for (const [word, entryCount] of [...holders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const bucket of new Set(deletionKeys(word).map((key) => bucketOf(key, count)))) buckets[bucket].push([word, entryCount]);
  }
  return buckets;
}

/** Every file of the index: its name in the index's folder → JSON text. */
export function buildSearchIndex(entries: readonly IndexedEntry[], otherTagNames: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  return searchIndexOf(entries.map(summaryOf), otherTagNames);
}

/** Every file of the index, from its entries' summaries, newest first. */
export function searchIndexOf(summaries: readonly EntrySummary[], otherTagNames: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => JSON.stringify(value);
  const entries = summaries.map(({ entry }) => entry);

  const { firsts, chunks } = termChunks(summaries);
  chunks.forEach((chunk, i) => files.set(indexFile('t', i), json(chunk)));

  const buckets = correctionBuckets(summaries);
  buckets.forEach((bucket, i) => files.set(indexFile('c', i), json(bucket)));

  const withValue = (names: (entry: IndexedEntry) => string[]) => {
    const lists = new Map<string, number[]>();
    entries.forEach((entry, number) =>
      names(entry).forEach((name) => {
        const list = lists.get(name);
        if (list) list.push(number);
        else lists.set(name, [number]);
      }),
    );
    return lists;
  };
  const tags = withValue((entry) => entry.tagNames);
  const kinds = withValue((entry) => [entry.kindName]);
  const lists = withValue((entry) => entry.listNames);
  for (const [list, numbers] of lists) files.set(indexFile('f', `list-${list}`), json(toGaps(numbers)));
  for (const [tag, numbers] of tags) files.set(indexFile('f', `tag-${tag}`), json(toGaps(numbers)));
  for (const [kind, numbers] of kinds) files.set(indexFile('f', `kind-${kind}`), json(toGaps(numbers)));

  entries.forEach((entry, number) => {
    const fragment: EntryFragment = {
      card: entry.card,
      title: entry.title,
      // A quotation's card summary is its words.
      description: entry.quotation || entry.description,
      text: [entry.commentary, [entry.authors, entry.site, entry.kind].filter(Boolean).join(' · ')].filter(Boolean).join('\n'),
    };
    files.set(indexFile('e', number), json(fragment));
  });

  const others = [...otherTagNames].filter(([, tag]) => tags.has(tag)).sort(([a], [b]) => a.localeCompare(b));
  const manifest: Manifest = {
    entries: entries.length,
    chunks: firsts,
    buckets: buckets.length,
    kinds: [...kinds.keys()].sort(),
    lists: [...lists.keys()].sort(),
  };
  files.set(MANIFEST_FILE, json(manifest));
  const tagNames: TagNames = { tags: [...tags.keys()].sort(), ...(others.length > 0 ? { otherNames: Object.fromEntries(others) } : {}) };
  files.set(TAGS_FILE, json(tagNames));
  return files;
}

/** A published entry as the index reads it; `card` is its PostCard's HTML; a tag's other names (an alias, a former name) find it too. */
export function indexedEntry(post: Post, card: string, otherTagNames: ReadonlyMap<string, string> = new Map(), listNames: string[] = []): IndexedEntry {
  const others = [...otherTagNames].filter(([, tag]) => post.tags.includes(tag)).map(([name]) => name);
  const quotation = post.quote !== undefined;
  return {
    title: post.title,
    quotation: quotation ? plainText(post.quote ?? '') : '',
    description: quotation ? '' : post.description,
    commentary: plainText(post.body.raw),
    tags: [...post.tags, ...others].map((tag) => tag.replace(/-/g, ' ')).join(', '),
    authors: post.authors.join(', '),
    site: post.site ?? '',
    hostname: post.hostname,
    kind: KIND_LABELS[post.kind],
    kindName: post.kind,
    tagNames: post.tags,
    listNames,
    card,
  };
}

/** The name of an index's folder: a digest of its files, so a build with other entries writes another folder. */
export function indexVersion(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}\0${text}\0`);
  return hash.digest('hex').slice(0, 16);
}
