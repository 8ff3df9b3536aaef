/**
 * The formats real collections leave their tools in, read into one shape: the Netscape bookmark
 * file (what Pinboard, linkding, Raindrop, Pocket, Firefox and Chrome export), Pinboard's JSON
 * export, and a CSV with a header row. Reading keeps every field as written; what an entry may
 * hold is decided later (convert.ts), so every refusal names the record and the reason.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { Parser } from 'htmlparser2';

export interface Bookmark {
  /** Where it is in the file, as the run's table names it: `bookmarks.html:120`, `pinboard.json#12`. */
  from: string;
  url: string;
  title: string;
  description: string;
  tags: string[];
  /** As written: an ISO date, or seconds since 1970 (Netscape's ADD_DATE). */
  date: string;
  /** Not public in the tool it came from (Pinboard's `shared: no`, Netscape's PRIVATE="1"). */
  private: boolean;
  /** Saved to read later, not yet read: `toread`. */
  unread: boolean;
  /** The folders it sat in, outermost first (Netscape files only). */
  folders: string[];
}

export type BookmarkFormat = 'netscape' | 'pinboard' | 'csv';

/** A file that cannot be read as its format at all: nothing is imported from it. */
export class UnreadableExport extends Error {}

/** The format of a file by its name, or by its first characters. */
export function formatOf(file: string, source: string): BookmarkFormat | undefined {
  if (/\.json$/i.test(file) || /^\s*\[/.test(source)) return 'pinboard';
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.html?$/i.test(file) || /^\s*<!DOCTYPE NETSCAPE-Bookmark-file-1>/i.test(source)) return 'netscape';
  return undefined;
}

export function readBookmarks(format: BookmarkFormat, file: string, source: string): Bookmark[] {
  if (format === 'pinboard') return readPinboard(file, source);
  if (format === 'csv') return readCsv(file, source);
  return readNetscape(file, source);
}

/** Tags as a tool writes them: Pinboard separates them with spaces, most others with commas. */
function splitTags(value: string): string[] {
  return value.split(value.includes(',') ? ',' : /\s+/).map((tag) => tag.trim()).filter(Boolean);
}

const yes = (value: unknown) => value === true || value === 1 || /^(1|yes|true)$/i.test(String(value ?? '').trim());

/**
 * The Netscape bookmark file: `<DT><A HREF ADD_DATE TAGS PRIVATE TOREAD>title</A>`, an optional
 * `<DD>` description, folders as `<H3>` before a nested `<DL>`. Read with a real HTML tokenizer
 * (the format is HTML that no tool closes the same way), one pass, whatever the line lengths.
 */
export function readNetscape(file: string, source: string): Bookmark[] {
  if (!/<a\s/i.test(source)) throw new UnreadableExport(`${file} has no <A HREF> bookmark: is it a Netscape bookmark file?`);
  const bookmarks: Bookmark[] = [];
  const folders: string[] = [];
  let pendingFolder: string | undefined;
  let inLink: Bookmark | undefined;
  let inFolderName = false;
  let description: Bookmark | undefined;
  let line = 1;
  let counted = 0;
  const lineAt = (index: number) => {
    for (; counted < index; counted++) if (source.charCodeAt(counted) === 10) line++;
    return line;
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'a') {
          description = undefined;
          inLink = {
            from: `${file}:${lineAt(parser.startIndex)}`,
            url: attributes.href ?? '',
            title: '',
            description: '',
            tags: splitTags(attributes.tags ?? ''),
            // Pocket writes TIME_ADDED.
            date: attributes.add_date ?? attributes.time_added ?? '',
            private: yes(attributes.private),
            unread: yes(attributes.toread),
            folders: [...folders],
          };
        } else if (name === 'h3') {
          inFolderName = true;
          pendingFolder = '';
        } else if (name === 'dl') {
          folders.push(pendingFolder ?? '');
          pendingFolder = undefined;
        } else if (name === 'dd') {
          description = bookmarks.at(-1);
        } else if (name === 'dt') {
          description = undefined;
        }
      },
      ontext(text) {
        if (inLink) inLink.title += text;
        else if (inFolderName) pendingFolder += text;
        else if (description) description.description += text;
      },
      onclosetag(name) {
        if (name === 'a' && inLink) {
          bookmarks.push(inLink);
          inLink = undefined;
        } else if (name === 'h3') {
          inFolderName = false;
        } else if (name === 'dl') {
          folders.pop();
          description = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(source);
  // The outermost list is the file itself, not a folder.
  return bookmarks.map((bookmark) => ({ ...bookmark, folders: bookmark.folders.slice(1).filter(Boolean), title: bookmark.title.trim(), description: bookmark.description.trim() }));
}

/** Pinboard's JSON export: `href`, `description` (the title), `extended`, `time`, `shared`, `toread`, `tags`. */
export function readPinboard(file: string, source: string): Bookmark[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new UnreadableExport(`${file} is not JSON (${(error as Error).message}): export it again from Pinboard's settings, Backup, JSON`);
  }
  if (!Array.isArray(data)) throw new UnreadableExport(`${file} is not a list of bookmarks: Pinboard's JSON export is a list of { href, description, tags, time }`);
  return data.map((item, index) => {
    const record = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
    return {
      from: `${file}#${index + 1}`,
      url: text('href'),
      title: text('description'),
      description: text('extended'),
      tags: splitTags(text('tags')),
      date: text('time'),
      private: record.shared !== undefined && !yes(record.shared),
      unread: yes(record.toread),
      folders: [],
    };
  });
}

/** Which header names a CSV column may have, for each field (lowercase). */
const CSV_COLUMNS = {
  url: ['url', 'href', 'link', 'address'],
  title: ['title', 'name'],
  description: ['description', 'notes', 'note', 'extended', 'excerpt', 'comment'],
  tags: ['tags', 'tag', 'labels', 'keywords'],
  date: ['date', 'created', 'created_at', 'time', 'added', 'add_date', 'timestamp'],
  private: ['private'],
  unread: ['unread', 'toread', 'to_read'],
};

/** A CSV with a header row naming its columns (`url,title,description,tags,date`, in any order; notes for description). */
export function readCsv(file: string, source: string): Bookmark[] {
  let rows: string[][];
  try {
    rows = parseCsv(source.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new UnreadableExport(`${file} is not a CSV file (${(error as Error).message.split('\n')[0]})`);
  }
  const [header = [], ...records] = rows;
  const names = header.map((name) => name.trim().toLowerCase());
  const column = (field: keyof typeof CSV_COLUMNS) => names.findIndex((name) => CSV_COLUMNS[field].includes(name));
  const at = Object.fromEntries(Object.keys(CSV_COLUMNS).map((field) => [field, column(field as keyof typeof CSV_COLUMNS)])) as Record<keyof typeof CSV_COLUMNS, number>;
  if (at.url < 0) throw new UnreadableExport(`${file} has no url column: its first row must name the columns, such as url,title,description,tags,date`);
  const cell = (row: string[], index: number) => (index >= 0 ? (row[index] ?? '') : '');
  return records.map((row, index) => ({
    // The header is line 1; a quoted field over several lines makes this the record's number, not its line.
    from: `${file}#${index + 1}`,
    url: cell(row, at.url).trim(),
    title: cell(row, at.title),
    description: cell(row, at.description),
    tags: splitTags(cell(row, at.tags)),
    date: cell(row, at.date).trim(),
    private: yes(cell(row, at.private)),
    unread: yes(cell(row, at.unread)),
    folders: [],
  }));
}
