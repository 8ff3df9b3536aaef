/**
 * Which tags of the vocabulary a new link needs, from the entries already published. Chosen by
 * measurement on real collections (BENCHMARKS.md, `npm run bench:real`), three signals add up:
 * - a tag whose name the link's words contain ("typography" in a title about typography): the
 *   strongest signal in a person's own bookmarks, where most tags are words of the titles;
 * - the tags of the 30 entries nearest in words (TF-IDF cosine), each voting with its
 *   similarity: what a curated list's sections need, where a tag names a topic, not a word;
 * - how often a tag is used, only to order tags the first two found equally.
 * Only tags of the vocabulary are ever suggested, so the vocabulary stays small. The model is
 * written at build time (/share/tag-model.json) for the share page, which also checks tags
 * against the vocabulary it carries, and built from content/ by
 * `npm run new` and `npm run import --suggest-tags`.
 *
 * The model carries each entry as its tags and its strongest terms, each term a hash of 18
 * bits in three characters: no list of words to ship, and 1,342 entries fit in 30 kB gzip.
 */
import { tokens } from '../search/text';

export interface TagModel {
  /** The vocabulary's tags the entries use, the most used first; entries name them by position. */
  tags: string[];
  /** The vocabulary's tags no entry uses yet: with `tags`, every name the share page's check accepts. */
  unused: string[];
  /** A tag's other names (aliases, former names), each with the tag it stands for. */
  otherNames: Record<string, string>;
  /** How many entries have each tag. */
  counts: number[];
  /** Each entry: its tags' positions in base 36 joined by `.`, a `:`, then its strongest terms' hashes. */
  entries: string[];
}

/** An entry as the model reads it: its words, and its tags. */
export interface TaggedText {
  text: string;
  tags: string[];
}

/** An entry keeps its strongest terms only: what tells it apart, few enough to ship. */
const TERMS_PER_ENTRY = 10;
/** How many of the nearest entries vote. */
const NEIGHBOURS = 30;
/** A tag named by the link's words weighs as much as one identical entry's vote. */
const NAME_WEIGHT = 1;
/** How much a tag's frequency counts: enough to break a tie, never enough to suggest it alone. */
const FREQUENCY_WEIGHT = 0.001;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HASH_BITS = 18;

/** A term as three characters: FNV-1a, cut to 18 bits (one collision in about 260,000 pairs). */
export function termHash(term: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < term.length; index++) hash = Math.imul(hash ^ term.charCodeAt(index), 0x01000193);
  const bits = (hash >>> 0) & ((1 << HASH_BITS) - 1);
  return ALPHABET[bits >> 12] + ALPHABET[(bits >> 6) & 63] + ALPHABET[bits & 63];
}

/** The words that say what an entry is about; the title counts twice. */
export function entryText(entry: { title?: string; description?: string; site?: string; hostname?: string; commentary?: string; quote?: string }): string {
  return [entry.title, entry.title, entry.description, entry.site, entry.hostname, entry.quote, entry.commentary].filter(Boolean).join('\n');
}

/** A text's terms (hashed) with their counts. */
function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { term } of tokens(text)) {
    const hash = termHash(term);
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  return counts;
}

/** A text's terms (hashed) with their counts, as JSON holds them: the part of the model each entry makes alone, which a build keeps (lib/build-cache/tag-terms.ts). */
export const termCountsOf = (text: string): [term: string, count: number][] => [...termCounts(text)];

/** An entry as the model counts it: its tags, and its text's terms with their counts. */
export interface CountedEntry {
  tags: readonly string[];
  terms: readonly (readonly [term: string, count: number])[];
}

/** The model of `entries`: the vocabulary's tags they use, and each entry's strongest terms. */
export function tagModel(entries: readonly TaggedText[], vocabulary: readonly string[], otherNames: ReadonlyMap<string, string> = new Map()): TagModel {
  return tagModelOfCounted(
    entries.map(({ text, tags }) => ({ tags, terms: termCountsOf(text) })),
    vocabulary,
    otherNames,
  );
}

/** tagModel, from entries whose terms are counted already. */
export function tagModelOfCounted(entries: readonly CountedEntry[], vocabulary: readonly string[], otherNames: ReadonlyMap<string, string> = new Map()): TagModel {
  const known = new Set(vocabulary);
  const counted = entries.map((entry) => ({ tags: entry.tags.filter((tag) => known.has(tag)), terms: entry.terms })).filter((entry) => entry.tags.length > 0);
  const documents = new Map<string, number>();
  for (const { terms } of counted) for (const [term] of terms) documents.set(term, (documents.get(term) ?? 0) + 1);
  const uses = new Map<string, number>();
  for (const { tags } of counted) for (const tag of tags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  const tags = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || a.localeCompare(b));
  const position = new Map(tags.map((tag, index) => [tag, index.toString(36)]));
  return {
    tags,
    unused: vocabulary.filter((tag) => !uses.has(tag)),
    otherNames: Object.fromEntries(otherNames),
    counts: tags.map((tag) => uses.get(tag)!),
    entries: counted.map(({ tags: own, terms }) => {
      const strongest = terms
        .map(([term, count]) => [term, (1 + Math.log(count)) * Math.log(counted.length / documents.get(term)!)] as const)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, TERMS_PER_ENTRY)
        .map(([term]) => term)
        .sort();
      return `${own.map((tag) => position.get(tag)).join('.')}:${strongest.join('')}`;
    }),
  };
}

/** Every tag name the model knows (the whole vocabulary), and the other names: what the share page checks tags against. */
export function vocabularyOf(model: TagModel): { names: string[]; otherNames: Map<string, string> } {
  return { names: [...model.tags, ...model.unused], otherNames: new Map(Object.entries(model.otherNames)) };
}

/** What suggesting needs, read once from a model: each term's entries, and each tag's name terms. */
interface ReadModel {
  entryTags: number[][];
  entryLength: number[];
  postings: Map<string, number[]>;
  idf: Map<string, number>;
  names: { tag: number; terms: string[] }[];
}

const readModels = new WeakMap<TagModel, ReadModel>();

function read(model: TagModel): ReadModel {
  const cached = readModels.get(model);
  if (cached) return cached;
  const entryTags: number[][] = [];
  const entryTerms: string[][] = [];
  const postings = new Map<string, number[]>();
  for (const [index, entry] of model.entries.entries()) {
    const [tags, terms] = entry.split(':');
    entryTags.push(tags.split('.').map((tag) => parseInt(tag, 36)));
    const own = terms.match(/.{3}/g) ?? [];
    entryTerms.push(own);
    for (const term of own) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  }
  const idf = new Map([...postings].map(([term, list]) => [term, Math.log(1 + model.entries.length / list.length)]));
  const entryLength = entryTerms.map((terms) => Math.sqrt(terms.reduce((sum, term) => sum + idf.get(term)! ** 2, 0)) || 1);
  const names = model.tags.map((tag, index) => ({ tag: index, terms: [...new Set(tokens(tag.replace(/-/g, ' ')).map(({ term }) => termHash(term)))] }));
  const result = { entryTags, entryLength, postings, idf, names: names.filter(({ terms }) => terms.length > 0) };
  readModels.set(model, result);
  return result;
}

/** Up to `count` tags for a new link's words, the likeliest first; nothing when no signal names one. */
export function suggestTags(model: TagModel, text: string, count = 3): string[] {
  const { entryTags, entryLength, postings, idf, names } = read(model);
  const query = termCounts(text);
  const scores = new Map<number, number>();
  const add = (tag: number, score: number) => scores.set(tag, (scores.get(tag) ?? 0) + score);

  for (const { tag, terms } of names) if (terms.every((term) => query.has(term))) add(tag, NAME_WEIGHT);

  const weights = [...query].filter(([term]) => idf.has(term)).map(([term, times]) => [term, (1 + Math.log(times)) * idf.get(term)!] as const);
  const queryLength = Math.sqrt(weights.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
  const similarity = new Map<number, number>();
  for (const [term, weight] of weights) {
    for (const entry of postings.get(term)!) similarity.set(entry, (similarity.get(entry) ?? 0) + weight * idf.get(term)!);
  }
  const nearest = [...similarity]
    .map(([entry, dot]) => [entry, dot / (queryLength * entryLength[entry])] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, NEIGHBOURS);
  for (const [entry, score] of nearest) for (const tag of entryTags[entry]) add(tag, score);

  return [...scores]
    .map(([tag, score]) => [tag, score + FREQUENCY_WEIGHT * Math.log(1 + model.counts[tag])] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, count)
    .map(([tag]) => model.tags[tag]);
}
