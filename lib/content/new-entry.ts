/**
 * The pure half of `npm run new` and of the share page: a slug, a description that fits, a
 * quotation from the page, and the file's text. Both write entries with this module alone.
 */
import slugify from '@sindresorhus/slugify';
import { Document, isSeq } from 'yaml';
import type { Kind } from '../kinds';
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from './validation';

const MAX_SLUG_LENGTH = 60;

/** A slug from the title, cut at a word, made unique with -2, -3… against the slugs in use. */
export function entrySlug(title: string, taken: ReadonlySet<string>): string {
  let base = slugify(title) || 'entry';
  if (base.length > MAX_SLUG_LENGTH) base = base.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '');
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Text cut at a word to at most `max` characters, marked with an ellipsis when cut. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
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
  /** Markdown under the front matter; the file leaves room for it when there is none. */
  commentary?: string;
}

/** The MDX file: front matter in the order the README documents, then room for the commentary. */
export function entrySource(entry: NewEntry): string {
  const front: Record<string, unknown> = {
    title: fitTitle(entry.title),
    url: entry.url,
    date: entry.date,
    description: fitDescription(entry.description),
    kind: entry.kind,
    tags: entry.tags,
  };
  if (entry.authors.length > 0) front.author = entry.authors.length === 1 ? entry.authors[0] : entry.authors;
  if (entry.site) front.site = entry.site;
  if (entry.published) front.published = entry.published;
  if (entry.via) front.via = entry.via;
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
 * Text selected on another page as a Markdown quotation that renders exactly as it reads:
 * every character Markdown would act on is escaped, so the stranger's text can neither
 * format, link nor trip the commentary check. Control characters become spaces.
 */
export function quotation(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\n])\p{Cc}/gu, ' ')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(INLINE_SYNTAX, '\\$&')
        // What starts a list, a heading underline or a numbered item only at the start of a line.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    );
  const paragraphs = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return paragraphs === '' ? '' : paragraphs.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}
