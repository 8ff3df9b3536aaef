/**
 * Search over the index files of build-index.ts, fetched as a query needs them: the manifest
 * once, the term files a query's words fall in, a correction file or few when a word matches
 * nothing, and each shown entry's fragment. The same code runs in the browser (the search
 * page's script) and in the unit tests, which load the files from memory.
 */
import { bucketOf, type CorrectionBucket, deletionKeys, type EntryFragment, fromGaps, indexFile, type Manifest, MANIFEST_FILE, MAX_CORRECTED_LENGTH, TAGS_FILE, type TagNames, type TermChunk } from './format';
import type { SearchQuery } from './query';
import { termOf, type Token, tokens } from './text';

/** Reads one index file as JSON. */
export type Load = (path: string) => Promise<unknown>;

/** What marks a word of a card or excerpt as matched. */
export interface Matcher {
  terms: string[];
  /** Words being typed match any longer word they start. */
  prefixes: string[];
}

export interface SearchOutcome {
  /** Entry numbers, best first (or newest first). */
  entries: number[];
  /** Words that matched nothing, each replaced by the nearest word of the site. */
  corrections: { from: string; to: string }[];
  matcher: Matcher;
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/** A prefix match counts for less than the word itself. */
const PREFIX_WEIGHT = 0.5;
/** Phrases are checked against the text of this many best candidates at most. */
const PHRASE_CHECK_LIMIT = 200;
/** Words shorter than this are never corrected: too many words are one edit from them. */
const MIN_CORRECTED_LENGTH = 4;
/** A word the other words of the query narrow down is corrected from three letters ("hem" for "them"), trying this many of its neighbours. */
const MIN_COMBINED_CORRECTION_LENGTH = 3;
const COMBINED_CANDIDATES = 5;
/** Words shorter than this match whole words only: "re" would start half the site's words. */
const MIN_PREFIX_LENGTH = 3;

const isMatch = (token: Token, { terms, prefixes }: Matcher) =>
  terms.includes(token.term) || prefixes.some((prefix) => token.folded.startsWith(prefix));

/** `text` in parts, the matched words marked. */
export function markedParts(text: string, matcher: Matcher): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const token of tokens(text)) {
    if (!isMatch(token, matcher)) continue;
    if (token.start > last) parts.push({ text: text.slice(last, token.start), marked: false });
    parts.push({ text: token.text, marked: true });
    last = token.start + token.text.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

/** About `words` words of `text` around its first match, with "…" where cut; undefined when nothing matches. */
export function excerpt(text: string, matcher: Matcher, words = 24): TextPart[] | undefined {
  const all = [...text.matchAll(/\S+/g)];
  const found = tokens(text).find((token) => isMatch(token, matcher));
  if (!found) return undefined;
  const at = all.findIndex((word) => word.index + word[0].length > found.start);
  const from = Math.max(0, at - Math.floor(words / 3));
  const to = Math.min(all.length, from + words);
  const start = all[from].index;
  const end = all[to - 1].index + all[to - 1][0].length;
  const parts = markedParts(text.slice(start, end).replace(/\s+/g, ' '), matcher);
  if (from > 0) parts.unshift({ text: '… ', marked: false });
  if (to < all.length) parts.push({ text: ' …', marked: false });
  return parts;
}

/** A query's words (folded, each once) and its quoted phrases (as terms). */
export function queryWords(q: string): { words: string[]; phrases: string[][] } {
  const phrases = [...q.matchAll(/["“”]([^"“”]+)["“”]/g)].map((match) => tokens(match[1]).map((token) => token.term)).filter((terms) => terms.length > 1);
  return { words: [...new Set(tokens(q).map((token) => token.folded))], phrases };
}

/** True when `b` is one insertion, deletion, substitution or swap of neighbours away from `a`. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const containsPhrase = (terms: string[], phrase: string[]) =>
  terms.some((_, start) => phrase.every((term, offset) => terms[start + offset] === term));

export function createSearchEngine(load: Load) {
  const files = new Map<string, Promise<unknown>>();
  /** Each file is fetched once; a failed fetch is tried again next time. */
  const file = <T>(path: string): Promise<T> => {
    let pending = files.get(path);
    if (!pending) {
      pending = load(path);
      pending.catch(() => files.delete(path));
      files.set(path, pending);
    }
    return pending as Promise<T>;
  };
  const manifest = () => file<Manifest>(MANIFEST_FILE);

  /** The term file `term` would be in, or -1 when it sorts before every file. */
  function chunkOf(term: string, chunks: string[]): number {
    let low = 0;
    let high = chunks.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (chunks[middle] <= term) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /** Each term's postings, decoded once: a reader types the same words again and again. */
  const decoded = new Map<string, Map<number, number>>();
  const decode = (term: string, postings: number[]) => {
    let scores = decoded.get(term);
    if (!scores) {
      scores = new Map();
      const numbers = fromGaps(postings, 2);
      for (let i = 0; i < numbers.length; i++) scores.set(numbers[i], postings[i * 2 + 1]);
      decoded.set(term, scores);
    }
    return scores;
  };

  /** Entry → score for every term that `accept` takes, from the term files that can hold them. */
  async function postingsOf(from: string, accept: (term: string) => boolean, weight: number): Promise<Map<number, number>> {
    const { chunks } = await manifest();
    const first = chunkOf(from, chunks);
    const scores = new Map<number, number>();
    for (let i = Math.max(0, first); i < chunks.length; i++) {
      if (i > first && !chunks[i].startsWith(from)) break;
      const chunk = await file<TermChunk>(indexFile('t', i));
      for (const [term, postings] of Object.entries(chunk)) {
        if (!accept(term)) continue;
        for (const [number, score] of decode(term, postings)) scores.set(number, Math.max(scores.get(number) ?? 0, score * weight));
      }
    }
    return scores;
  }

  const exact = (term: string) => postingsOf(term, (candidate) => candidate === term, 1);

  /** A word's entries: its term, and (counting for less) every term it starts. */
  async function wordPostings(word: string, matcher: Matcher): Promise<Map<number, number>> {
    const term = termOf(word);
    matcher.terms.push(term);
    const scores = await exact(term);
    if (word.length < MIN_PREFIX_LENGTH) return scores;
    matcher.prefixes.push(word);
    for (const prefix of new Set([word, term].filter((candidate) => candidate.length >= MIN_PREFIX_LENGTH))) {
      for (const [number, score] of await postingsOf(prefix, (candidate) => candidate.startsWith(prefix), PREFIX_WEIGHT)) {
        scores.set(number, Math.max(scores.get(number) ?? 0, score));
      }
    }
    return scores;
  }

  /** The site's words one edit from `word`, those held by the most entries first. */
  async function neighboursOf(word: string, minLength = MIN_CORRECTED_LENGTH): Promise<string[]> {
    const length = [...word].length;
    if (length < minLength || length > MAX_CORRECTED_LENGTH || !/^\p{L}+$/u.test(word)) return [];
    const { buckets } = await manifest();
    const files = await Promise.all([...new Set(deletionKeys(word).map((key) => bucketOf(key, buckets)))].map((bucket) => file<CorrectionBucket>(indexFile('c', bucket))));
    const held = new Map(files.flat().filter(([candidate]) => oneEditApart(word, candidate)));
    return [...held].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([candidate]) => candidate);
  }

  async function filterList(kind: 'tag' | 'kind' | 'list', name: string | undefined): Promise<Set<number> | undefined> {
    if (name === undefined) return undefined;
    const index = await manifest();
    const tagNames = kind === 'tag' ? await file<TagNames>(TAGS_FILE) : undefined;
    // An alias or a former name of a tag filters by the tag.
    const own = tagNames?.otherNames?.[name] ?? name;
    const known = (tagNames ? tagNames.tags : kind === 'kind' ? index.kinds : index.lists) ?? [];
    return new Set(known.includes(own) ? fromGaps(await file<number[]>(indexFile('f', `${kind}-${own}`))) : []);
  }

  async function search(query: Omit<SearchQuery, 'tags'> & { tags?: string[] }): Promise<SearchOutcome> {
    const { entries: total } = await manifest();
    const { words, phrases } = queryWords(query.q);
    const matcher: Matcher = { terms: [], prefixes: [] };
    const corrections: SearchOutcome['corrections'] = [];
    const filters = (await Promise.all([...(query.tags ?? []).map((tag) => filterList('tag', tag)), filterList('kind', query.kind), filterList('list', query.list)])).filter((set) => set !== undefined);
    const passes = (number: number) => filters.every((set) => set.has(number));

    if (words.length === 0) {
      // A filter alone: every entry it holds, newest first.
      const all = query.q.trim() === '' ? Array.from({ length: total }, (_, number) => number) : [];
      return { entries: all.filter(passes), corrections, matcher };
    }

    /** Entries holding every word, scored by where each stands and how rare it is. */
    const together = (postingsList: readonly Map<number, number>[]) => {
      let scores: Map<number, number> | undefined;
      for (const postings of postingsList) {
        const idf = Math.log(1 + total / Math.max(1, postings.size));
        const next = new Map<number, number>();
        for (const [number, score] of postings) {
          if (!scores || scores.has(number)) next.set(number, (scores?.get(number) ?? 0) + score * idf);
        }
        scores = next;
      }
      return scores!;
    };
    const postingsList: Map<number, number>[] = [];
    for (const word of words) {
      let postings = await wordPostings(word, matcher);
      if (postings.size === 0 && !query.literal) {
        const [correction] = await neighboursOf(word);
        if (correction) {
          corrections.push({ from: word, to: correction });
          postings = await wordPostings(correction, matcher);
        }
      }
      postingsList.push(postings);
    }
    let scores = together(postingsList);
    if (scores.size === 0 && !query.literal && words.length > 1) {
      // Together the words find nothing: one may be a typo that is a word itself, or starts one
      // ("ased" for "based"). The nearest words that make the query find something, one word at a time.
      search: for (const [index, word] of words.entries()) {
        if (corrections.some(({ from }) => from === word)) continue;
        for (const candidate of (await neighboursOf(word, MIN_COMBINED_CORRECTION_LENGTH)).slice(0, COMBINED_CANDIDATES)) {
          const tried: Matcher = { terms: [], prefixes: [] };
          const found = together(postingsList.with(index, await wordPostings(candidate, tried)));
          if (found.size === 0) continue;
          scores = found;
          corrections.push({ from: word, to: candidate });
          matcher.terms.push(...tried.terms);
          matcher.prefixes.push(...tried.prefixes);
          break search;
        }
      }
    }

    let ranked = [...scores].filter(([number]) => passes(number));
    ranked.sort(query.sort === 'newest' ? ([a], [b]) => a - b : ([a, x], [b, y]) => y - x || a - b);
    if (phrases.length > 0) {
      const checked = await Promise.all(
        ranked.slice(0, PHRASE_CHECK_LIMIT).map(async (pair) => {
          const { title, description, text } = await fragment(pair[0]);
          const terms = tokens(`${title}\n${description}\n${text}`).map((token) => token.term);
          return phrases.every((phrase) => containsPhrase(terms, phrase)) ? pair : undefined;
        }),
      );
      ranked = checked.filter((pair) => pair !== undefined);
    }
    return { entries: ranked.map(([number]) => number), corrections, matcher };
  }

  const fragment = (number: number) => file<EntryFragment>(indexFile('e', number));

  return { search, fragment };
}
