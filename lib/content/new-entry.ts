/**
 * The pure half of `npm run new` and of the share page: a slug, a description that fits, a
 * quotation from the page, and the file's text. Both write entries with this module alone.
 */
import slugify from '@sindresorhus/slugify';
import { Document, isScalar, isSeq } from 'yaml';
import type { Discussion } from '../discussions';
import type { Kind } from '../kinds';
import { fitText } from '../fit-text';
import { INVISIBLE_FORMATTING, MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from './validation';
import { encodedUrl } from '../url';

const MAX_SLUG_LENGTH = 60;

/** The title's slug before it is made unique: cut at a word. */
export function slugBase(title: string): string {
  const base = slugify(title) || 'entry';
  return base.length > MAX_SLUG_LENGTH ? base.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') : base;
}

/** A slug from the title, cut at a word, made unique with -2, -3… against the slugs in use. */
export function entrySlug(title: string, taken: ReadonlySet<string>): string {
  const base = slugBase(title);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}


/** Long page descriptions are cut at a word and marked with an ellipsis, as the seed entries are. */
export const fitDescription = (description: string) => fitText(description, MAX_DESCRIPTION_LENGTH);
export const fitTitle = (title: string) => fitText(title, MAX_TITLE_LENGTH);

export interface NewEntry {
  title: string;
  url: string;
  date: string;
  description: string;
  kind: Kind;
  tags: string[];
  authors: string[];
  site?: string;
  published?: string;
  via?: string;
  /** Threads about it, as `npm run new` or the share page found them. */
  discussions?: Discussion[];
  /** Markdown under the front matter; the file leaves room for it when there is none. */
  commentary?: string;
}

/** The MDX file: front matter in the order the README documents, then room for the commentary. */
export function entrySource(entry: NewEntry): string {
  const front: Record<string, unknown> = {
    title: fitTitle(entry.title),
    // As a browser sends it: `a b` is written `a%20b`.
    url: encodedUrl(entry.url),
    date: entry.date,
    description: fitDescription(entry.description),
    kind: entry.kind,
    tags: entry.tags,
  };
  if (entry.authors.length > 0) front.author = entry.authors.length === 1 ? entry.authors[0] : entry.authors;
  if (entry.site) front.site = entry.site;
  if (entry.published) front.published = entry.published;
  if (entry.via) front.via = entry.via;
  if (entry.discussions?.length) front.discussions = entry.discussions;
  const doc = new Document(front);
  // Lists on one line, `tags: [consensus, tla-plus]`, as in every other entry.
  for (const key of ['tags', 'author']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const commentary = entry.commentary?.trim();
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${commentary ? `${commentary}\n` : ''}`;
}

/** Characters Markdown (or the commentary check) would act on anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_{}[\]<>#|~&]/g;

/**
 * Text selected on another page as Markdown that renders exactly as it reads: every character
 * Markdown would act on is escaped, so the stranger's text can neither format, link nor trip
 * the commentary check. Control characters become spaces; paragraphs are kept.
 */
export function literalMarkdown(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\n])\p{Cc}/gu, ' ')
    .replace(new RegExp(INVISIBLE_FORMATTING, 'gu'), '')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(INLINE_SYNTAX, '\\$&')
        // What starts a list, a heading underline or a numbered item only at the start of a line.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    );
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Selected text as a Markdown block quotation inside commentary: `literalMarkdown`, each line behind `>`. */
export function quotation(text: string): string {
  const paragraphs = literalMarkdown(text);
  return paragraphs === '' ? '' : paragraphs.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

export interface NewQuotation {
  /** The words as Markdown (`literalMarkdown` of a selection). */
  quote: string;
  by: string;
  /** Where the words are. */
  url: string;
  date: string;
  tags: string[];
  site?: string;
  published?: string;
  context?: string;
  commentary?: string;
}

/** A quotation's file: the words as a literal block, then who, where, when, as the README documents. */
export function quotationSource(entry: NewQuotation): string {
  const front: Record<string, unknown> = { quote: `${entry.quote.trim()}\n`, by: entry.by, url: encodedUrl(entry.url) };
  if (entry.site) front.site = entry.site;
  if (entry.published) front.published = entry.published;
  if (entry.context) front.context = entry.context;
  front.date = entry.date;
  front.tags = entry.tags;
  const doc = new Document(front);
  const quote = doc.get('quote', true);
  if (isScalar(quote)) quote.type = 'BLOCK_LITERAL';
  const tags = doc.get('tags', true);
  if (isSeq(tags)) tags.flow = true;
  const commentary = entry.commentary?.trim();
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${commentary ? `${commentary}\n` : ''}`;
}

/** A quotation's slug: "quoting", who, and the words' first few. */
export function quotationSlug(by: string, quote: string, taken: ReadonlySet<string>): string {
  return entrySlug(quotationTitle(by, quote), taken);
}

/** What a quotation's slug is made from. */
export function quotationTitle(by: string, quote: string): string {
  const words = quote.replace(/\\/g, '').replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean);
  return `Quoting ${by} ${words.slice(0, 5).join(' ')}`;
}
