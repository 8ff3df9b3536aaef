/**
 * Bookmarks (bookmarks.ts) → this site's entries, each one `npm run check` passes, with the
 * reason for every bookmark left out. Pure: the command (scripts/author/import.ts) reads the
 * files and writes what this returns.
 */
import slugify from '@sindresorhus/slugify';
import { isMap, isSeq, parseDocument } from 'yaml';
import { isCalendarDay } from '../../dates';
import { inferKind } from '../../kinds';
import { encodedUrl, hostnameOf, isAbsoluteHttpUrl } from '../../url';
import { canonicalUrl } from '../integrity';
import { fitText } from '../../fit-text';
import { entrySlug, entrySource, fitDescription, literalMarkdown } from '../new-entry';
import { suggestTags, type TagModel } from '../tag-suggestions';
import { INVISIBLE_FORMATTING, MAX_DESCRIPTION_LENGTH } from '../validation';
import type { Bookmark } from './bookmarks';

export interface ImportOptions {
  /** Bookmarks that were private or unread in their tool are left out unless asked for. */
  includePrivate?: boolean;
  /** A tag's name in the export → its name here; `null` leaves the tag out. */
  tagsMap?: ReadonlyMap<string, string | null>;
  /** Suggests tags for a bookmark that has none, from this model (marked for review). */
  suggest?: TagModel;
  /** Folder names become tags (Netscape files): off, as browsers' folders are rarely topics. */
  foldersAsTags?: boolean;
  /** Bookmarks dated after this day are refused. */
  today: string;
}

export interface ImportedEntry {
  slug: string;
  source: string;
  from: string;
  /** Its tags were suggested (`--suggest-tags`), not the bookmark's own: the author reviews them. */
  suggested?: string[];
  /** What was done to it that the author may want to see: "no description: wrote …". */
  note?: string;
}

export interface BookmarkImport {
  entries: ImportedEntry[];
  skipped: { from: string; reason: string }[];
  /** Tags the written entries use that the vocabulary lacks, with how many entries use each and the name as written. */
  newTags: { name: string; written: string; count: number }[];
}

/** A URL longer than this is not a bookmark a person saved (browsers cut at about 2,000). */
const MAX_URL_LENGTH = 2_048;

/** A note longer than this (a pasted page, a broken export) is kept cut at a word: it is a bookmark's note, not the page. */
const MAX_NOTE_LENGTH = 20_000;

/** What a text field of a stranger's export may keep: no control or invisible characters, one line. */
function cleanText(text: string): string {
  return text
    .replace(/\p{Cc}/gu, ' ')
    .replace(new RegExp(INVISIBLE_FORMATTING, 'gu'), '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `2024-03-01T10:00:00Z`, `1709287200` (seconds; milliseconds and microseconds too), `2024-03-01` → the day, UTC. */
export function dayOfBookmark(date: string): string | undefined {
  const value = date.trim();
  if (/^\d+$/.test(value)) {
    let number = Number(value);
    // Seconds until the year 5138; Chrome writes microseconds, some tools milliseconds.
    while (number > 1e11) number /= 1000;
    return number > 0 ? new Date(number * 1000).toISOString().slice(0, 10) : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return undefined;
  const day = value.length === 10 ? value : new Date(value.replace(' ', 'T')).toISOString().slice(0, 10);
  return isCalendarDay(day) && isCalendarDay(value.slice(0, 10)) ? day : undefined;
}

/** An export's tag as this site writes it: `Web-OS` → `web-os`, `Ísland` → `island`, `.private` → undefined. */
export function tagName(written: string): string | undefined {
  return slugify(written.toLowerCase()) || undefined;
}

/** Converts every bookmark; `existing` are the entries already in content/posts, which are never written again. */
export function convertBookmarks(
  bookmarks: readonly Bookmark[],
  existing: readonly { slug: string; url?: string }[],
  vocabulary: { names: readonly string[]; otherNames: ReadonlyMap<string, string> },
  options: ImportOptions,
): BookmarkImport {
  const result: BookmarkImport = { entries: [], skipped: [], newTags: [] };
  const slugs = new Set(existing.map((entry) => entry.slug));
  const seen = new Map<string, string>();
  for (const entry of existing) {
    if (entry.url && isAbsoluteHttpUrl(entry.url, { spaces: true })) seen.set(canonicalUrl(entry.url), `already on the site as content/posts/${entry.slug}.mdx`);
  }
  const known = new Set(vocabulary.names);
  const added = new Map<string, { written: string; count: number }>();

  for (const bookmark of bookmarks) {
    const skip = (reason: string) => result.skipped.push({ from: bookmark.from, reason });
    const url = bookmark.url.trim();
    if (url.length > MAX_URL_LENGTH) {
      skip(`the URL is ${url.length.toLocaleString('en')} characters long, more than a browser keeps (${MAX_URL_LENGTH.toLocaleString('en')})`);
      continue;
    }
    if (!isAbsoluteHttpUrl(url, { spaces: true })) {
      skip(`${JSON.stringify(url.slice(0, 80))} is not an http(s) link`);
      continue;
    }
    if ((bookmark.private || bookmark.unread) && !options.includePrivate) {
      skip(`${bookmark.private ? 'private' : 'unread'} in its tool: pass --include-private to import it`);
      continue;
    }
    const date = dayOfBookmark(bookmark.date);
    if (!date) {
      skip(`${bookmark.date ? JSON.stringify(bookmark.date.slice(0, 40)) : 'no date'} is not a date: give the bookmark its day as YYYY-MM-DD`);
      continue;
    }
    if (date > options.today) {
      skip(`dated ${date}, after today: a bookmark was saved in the past`);
      continue;
    }
    const key = canonicalUrl(url);
    const earlier = seen.get(key);
    if (earlier) {
      skip(earlier);
      continue;
    }

    const tags: string[] = [];
    /** How the export (or the map) wrote each tag: a new tag's title in the vocabulary. */
    const writtenAs = new Map<string, string>();
    for (const written of [...bookmark.tags, ...(options.foldersAsTags ? bookmark.folders : [])]) {
      // Pinboard's private tags start with a dot.
      if (written.startsWith('.') && !options.includePrivate) continue;
      const name = tagName(written);
      if (name === undefined) continue;
      const mapped = options.tagsMap?.has(name) ? options.tagsMap.get(name) : options.tagsMap?.has(written) ? options.tagsMap.get(written) : name;
      // The map's side is written by hand, too: `Distributed Systems` is the tag distributed-systems.
      const target = mapped ? tagName(mapped) : undefined;
      if (!target) continue;
      const tag = vocabulary.otherNames.get(target) ?? target;
      if (!tags.includes(tag)) tags.push(tag);
      if (!writtenAs.has(tag)) writtenAs.set(tag, mapped === name ? written : mapped!);
    }
    const title = cleanText(bookmark.title) || `${hostnameOf(url)}${new URL(url).pathname.replace(/\/$/, '')}`;
    const words = cleanText(bookmark.description);
    const description = fitDescription(words) || `A link to ${hostnameOf(url)}.`;
    // A description too long for a card keeps its text as the commentary, every character literal.
    const commentary = words.length > MAX_DESCRIPTION_LENGTH ? literalMarkdown(fitText(words, MAX_NOTE_LENGTH)) : undefined;
    let suggested: string[] | undefined;
    if (tags.length === 0 && options.suggest) {
      suggested = suggestTags(options.suggest, [title, title, words, hostnameOf(url)].join('\n'));
      tags.push(...suggested);
    }
    for (const tag of tags) {
      if (known.has(tag)) continue;
      added.set(tag, { written: added.get(tag)?.written ?? writtenAs.get(tag) ?? tag, count: (added.get(tag)?.count ?? 0) + 1 });
    }

    const slug = entrySlug(title, slugs);
    slugs.add(slug);
    seen.set(key, `the same page as ${bookmark.from}`);
    result.entries.push({
      slug,
      from: bookmark.from,
      source: entrySource({ title, url: encodedUrl(url), date, description, kind: inferKind(url), tags, authors: [], commentary }),
      ...(suggested ? { suggested } : {}),
      ...(words ? (words.length > MAX_NOTE_LENGTH ? { note: `note cut to ${MAX_NOTE_LENGTH.toLocaleString('en')} characters` } : {}) : { note: 'no description: wrote the link\'s host' }),
    });
  }
  result.newTags = [...added].map(([name, { written, count }]) => ({ name, written, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return result;
}

/**
 * content/tags.yml with `tags` added at its end, each titled as the export wrote it: the
 * author edits titles and descriptions later; the check passes meanwhile.
 */
export function withNewTags(vocabulary: string, tags: BookmarkImport['newTags']): string {
  if (tags.length === 0) return vocabulary;
  const doc = parseDocument(vocabulary);
  const list = isMap(doc.contents) ? doc.contents.get('tags', true) : undefined;
  if (!isSeq(list)) throw new Error('content/tags.yml has no `tags:` list');
  for (const { name, written, count } of tags) {
    const title = cleanText(written.replace(/^\.+/, '').replace(/[-_]+/g, ' ')) || name;
    list.add(doc.createNode({ name, title: title[0].toUpperCase() + title.slice(1), description: `Links tagged “${cleanText(written)}” (${count} when imported).` }));
  }
  return doc.toString({ lineWidth: 0 });
}
