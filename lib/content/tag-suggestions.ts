/**
 * Which tags of the vocabulary a new link needs, from the entries already published: each tag
 * is the centre of its entries' TF-IDF vectors (words and stems, lib/search/text.ts), and a new
 * link's tags are the three nearest centres. Only tags of the vocabulary are ever suggested, so
 * the vocabulary stays small. The model is written at build time (/share/tag-model.json) for
 * the share page and built from content/ by `npm run new`.
 */
import { tokens } from '../search/text';

export interface TagModel {
  /** Each term's inverse document frequency over the entries, for the terms the centres keep. */
  idf: Record<string, number>;
  /** Each tag's centre: its strongest terms and their weights. */
  tags: Record<string, Record<string, number>>;
}

/** An entry as the model reads it: its words, and its tags. */
export interface TaggedText {
  text: string;
  tags: string[];
}

/** A tag's centre keeps this many terms: enough to recognise it, few enough to ship. */
const TERMS_PER_TAG = 40;
/** Suggestions this weak are noise: a link sharing no word with a tag's entries. */
const MIN_SIMILARITY = 0.02;

/** The words that say what an entry is about; the title counts twice. */
export function entryText(entry: { title?: string; description?: string; site?: string; hostname?: string; commentary?: string; quote?: string }): string {
  return [entry.title, entry.title, entry.description, entry.site, entry.hostname, entry.quote, entry.commentary].filter(Boolean).join('\n');
}

function vector(text: string, idf: (term: string) => number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { term } of tokens(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const weights = new Map([...counts].map(([term, count]) => [term, (1 + Math.log(count)) * idf(term)]));
  const length = Math.sqrt([...weights.values()].reduce((sum, weight) => sum + weight * weight, 0)) || 1;
  return new Map([...weights].map(([term, weight]) => [term, weight / length]));
}

/** The model of `entries`: the centres of the vocabulary's tags that entries use. */
export function tagModel(entries: readonly TaggedText[], vocabulary: readonly string[]): TagModel {
  const documents = new Map<string, number>();
  for (const { text } of entries) for (const term of new Set(tokens(text).map((token) => token.term))) documents.set(term, (documents.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log(1 + entries.length / (documents.get(term) ?? 1));
  const vectors = entries.map((entry) => ({ tags: entry.tags, vector: vector(entry.text, idf) }));
  const model: TagModel = { idf: {}, tags: {} };
  for (const tag of vocabulary) {
    const members = vectors.filter((entry) => entry.tags.includes(tag));
    if (members.length === 0) continue;
    const centre = new Map<string, number>();
    for (const { vector: weights } of members) for (const [term, weight] of weights) centre.set(term, (centre.get(term) ?? 0) + weight / members.length);
    const kept = [...centre].sort((a, b) => b[1] - a[1]).slice(0, TERMS_PER_TAG);
    model.tags[tag] = Object.fromEntries(kept.map(([term, weight]) => [term, Number(weight.toFixed(4))]));
    for (const [term] of kept) model.idf[term] = Number(idf(term).toFixed(4));
  }
  return model;
}

/** Up to `count` tags for a new link's words, the nearest first. */
export function suggestTags(model: TagModel, text: string, count = 3): string[] {
  const query = vector(text, (term) => model.idf[term] ?? 0);
  return Object.entries(model.tags)
    .map(([tag, centre]) => [tag, [...query].reduce((sum, [term, weight]) => sum + weight * (centre[term] ?? 0), 0)] as const)
    .filter(([, similarity]) => similarity >= MIN_SIMILARITY)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([tag]) => tag);
}
