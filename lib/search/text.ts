/**
 * Words as search sees them, the same at build time (the index) and in the browser (the
 * query): letters and digits, accents folded (`é` → `e`, `ß` → `ss`, so `zurich` finds
 * "Zürich"), lowercased, and reduced to their stem by the Snowball English stemmer (Porter2:
 * `locks` and `locking` are both `lock`).
 */
import stem from 'wink-porter2-stemmer';

/** Words too common to tell entries apart: neither indexed nor searched for. */
const STOPWORDS = new Set(
  'a an and are as at be but by for from has have how if in into is it its not of on or so than that the their then there these this those to was were what when which who why will with'.split(' '),
);

/** Letters and digits, with the combining marks of decomposed accents (`Zu\u0308rich`, as a Mac copies it) inside the word. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/**
 * A word is searched for by its first this many letters: no word of a language is longer, and
 * stemming grows faster than a word's length (20,000 letters took seconds).
 */
const MAX_WORD_LENGTH = 64;

/** `Zürich` → `zurich`, `Straße` → `strasse`. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/** A folded word's index term: its stem, or the word itself when it holds digits or other scripts. */
export function termOf(folded: string): string {
  return /^[a-z]+$/.test(folded) ? stem(folded) : folded;
}

export interface Token {
  /** As written in the text. */
  text: string;
  /** Where it starts in the text. */
  start: number;
  folded: string;
  term: string;
}

/** Every word of a text that search counts, in order, with where it stands. */
export function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = fold(match[0]).slice(0, MAX_WORD_LENGTH);
    if (STOPWORDS.has(folded)) continue;
    found.push({ text: match[0], start: match.index, folded, term: termOf(folded) });
  }
  return found;
}
