/**
 * `npm run import -- <export> [options]`: brings a collection in. Reads a Netscape bookmark file
 * (.html: Pinboard, linkding, Raindrop, Pocket, Firefox, Chrome), Pinboard's JSON export, a CSV
 * with a header row, or a genereto project (a folder). Writes one content/posts/<slug>.mdx per
 * bookmark and adds the tags content/tags.yml lacks; never touches an entry already there, so a
 * second run writes nothing. Ends with a table of what was written, skipped and why.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { type Bookmark, type BookmarkFormat, formatOf, readBookmarks, UnreadableExport } from '../../lib/content/import/bookmarks';
import { type BookmarkImport, convertBookmarks, type ImportOptions, withNewTags } from '../../lib/content/import/convert';
import { convertGenereto, type ImportResult, readGeneretoBlogYml, readGeneretoMarkdown } from '../../lib/content/import/genereto';
import { parseFrontMatter } from '../../lib/content/frontmatter';
import { entryText, tagModel } from '../../lib/content/tag-suggestions';
import { parseVocabulary } from '../../lib/content/tags';
import { today as todayUtc } from '../../lib/dates';
import { plainText } from '../../lib/plain-text';
import { readEntryFiles } from './entry-files';

/** A file written whole or not at all: a crash mid-import leaves no half entry. */
function writeWhole(file: string, text: string) {
  writeFileSync(`${file}.importing`, text);
  renameSync(`${file}.importing`, file);
}

export function importGenereto(projectDir: string, contentDir = 'content', { dryRun = false } = {}): ImportResult {
  const root = existsSync(join(projectDir, 'content')) ? join(projectDir, 'content') : projectDir;
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const records: Parameters<typeof convertGenereto>[0] = [];
  const skipped: ImportResult['skipped'] = [];
  for (const file of files) {
    const path = relative(projectDir, file);
    const source = readFileSync(file, 'utf8');
    if (file.endsWith('.md')) {
      const read = readGeneretoMarkdown({ path, source });
      if ('reason' in read) skipped.push(read);
      else records.push(read);
    } else if (/(^|\/)blog\.ya?ml$/.test(file)) {
      const { records: entries, error } = readGeneretoBlogYml({ path, source });
      if (error) skipped.push({ from: path, reason: error });
      records.push(...entries);
    }
  }

  const postsDir = join(contentDir, 'posts');
  const existing = readEntryFiles(postsDir);
  const vocabularyFile = join(contentDir, 'tags.yml');
  const vocabulary = parseVocabulary(vocabularyFile, readFileSync(vocabularyFile, 'utf8')).tags.map(({ name }) => name);

  const result = convertGenereto(records, existing, vocabulary);
  if (!dryRun) for (const { slug, source } of result.entries) writeWhole(join(postsDir, `${slug}.mdx`), source);
  return { ...result, skipped: [...skipped, ...result.skipped] };
}

export interface BookmarkImportOptions extends Omit<ImportOptions, 'suggest' | 'today'> {
  format?: BookmarkFormat;
  suggestTags?: boolean;
  dryRun?: boolean;
  today?: string;
}

/** The entries of a posts folder as the tag model reads them. */
function taggedTexts(sources: readonly string[]) {
  return sources.flatMap((source) => {
    const parsed = parseFrontMatter(source);
    if ('error' in parsed) return [];
    const text = (key: string) => (typeof parsed.data[key] === 'string' ? (parsed.data[key] as string) : undefined);
    const tags = Array.isArray(parsed.data.tags) ? parsed.data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
    return [{ text: entryText({ title: text('title'), description: text('description'), site: text('site'), quote: text('quote'), commentary: plainText(parsed.body) }), tags }];
  });
}

export function importBookmarks(exportFile: string, contentDir = 'content', options: BookmarkImportOptions = {}): BookmarkImport {
  const source = readFileSync(exportFile, 'utf8');
  const format = options.format ?? formatOf(exportFile, source);
  if (!format) throw new UnreadableExport(`${exportFile}: not a format import reads; name it .html (Netscape), .json (Pinboard) or .csv, or pass --format`);
  const bookmarks: Bookmark[] = readBookmarks(format, relative('.', exportFile) || exportFile, source);

  const postsDir = join(contentDir, 'posts');
  const vocabularyFile = join(contentDir, 'tags.yml');
  const vocabularySource = readFileSync(vocabularyFile, 'utf8');
  const { tags, otherNames } = parseVocabulary(vocabularyFile, vocabularySource);
  const vocabulary = { names: tags.map(({ name }) => name), otherNames };
  const existing = readEntryFiles(postsDir);
  const convert = (suggest?: ImportOptions['suggest']) => convertBookmarks(bookmarks, existing, vocabulary, { ...options, today: options.today ?? todayUtc(), suggest });

  let result = convert();
  if (options.suggestTags) {
    // Learnt from the site's entries and the bookmarks that came with tags.
    const known = [...existing.map(({ file }) => readFileSync(file, 'utf8')), ...result.entries.map(({ source: entry }) => entry)];
    result = convert(tagModel(taggedTexts(known), [...vocabulary.names, ...result.newTags.map(({ name }) => name)]));
  }
  if (!options.dryRun) {
    // The vocabulary first: an entry is never written before the tags it uses.
    if (result.newTags.length > 0) writeWhole(vocabularyFile, withNewTags(vocabularySource, result.newTags));
    for (const { slug, source: entry } of result.entries) writeWhole(join(postsDir, `${slug}.mdx`), entry);
  }
  return result;
}

/** `--tags-map map.yml`: `from: to` lines; `from: null` (or `~`) leaves a tag out. */
function readTagsMap(file: string): Map<string, string | null> {
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UnreadableExport(`${file}: write one \`old: new\` per line (\`old: null\` leaves the tag out)`);
  return new Map(Object.entries(data as Record<string, unknown>).map(([from, to]) => [from, to === null ? null : String(to)]));
}

/** The run's table: each outcome with its count, then every bookmark skipped or to review, with why. */
export function importReport(result: BookmarkImport, dryRun = false): string {
  const suggested = result.entries.filter((entry) => entry.suggested);
  const notes = new Map<string, number>();
  for (const { note } of result.entries) if (note) notes.set(note, (notes.get(note) ?? 0) + 1);
  const reasons = new Map<string, number>();
  for (const { reason } of result.skipped) {
    const kind = reason.replace(/^".*" is not an http\(s\) link$/, 'not an http(s) link').replace(/^already on the site as .*/, 'already on the site').replace(/^the same page as .*/, 'the same page twice in the export').replace(/.* is not a date: .*/, 'no date or not a date').replace(/^dated .*/, 'dated after today').replace(/^the URL is .*/, 'URL too long');
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  const rows = [
    [dryRun ? 'would write' : 'written', result.entries.length],
    ...(suggested.length ? [['  with suggested tags, to review', suggested.length]] : []),
    ...[...notes].map(([note, count]) => [`  ${note}`, count]),
    ...[...reasons].sort((a, b) => b[1] - a[1]).map(([reason, count]) => [`skipped: ${reason}`, count]),
    [`tags added to content/tags.yml`, result.newTags.length],
  ];
  const lines = ['| outcome | bookmarks |', '| --- | ---: |', ...rows.map(([outcome, count]) => `| ${outcome} | ${count.toLocaleString('en')} |`)];
  if (result.newTags.length) {
    const shown = result.newTags.slice(0, 40).map(({ name, count }) => `${name} (${count})`).join(', ');
    const more = result.newTags.length > 40 ? ` and ${result.newTags.length - 40} more` : '';
    lines.push('', `Tags added (entries): ${shown}${more}. Give each a title and description in content/tags.yml, or map them with --tags-map.`);
  }
  if (suggested.length) lines.push('', 'Tags suggested, to review:', ...suggested.map(({ from, slug, suggested: tags }) => `  ${from} → content/posts/${slug}.mdx: ${tags!.join(', ') || 'none found'}`));
  if (result.skipped.length) lines.push('', 'Skipped:', ...result.skipped.map(({ from, reason }) => `  ${from}: ${reason}`));
  return lines.join('\n');
}

function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      'include-private': { type: 'boolean' },
      'suggest-tags': { type: 'boolean' },
      'folders-as-tags': { type: 'boolean' },
      'tags-map': { type: 'string' },
      format: { type: 'string' },
    },
  });
  if (positionals.length !== 1 || (values.format && !['netscape', 'pinboard', 'csv'].includes(values.format))) {
    console.error(
      'Usage: npm run import -- <bookmarks.html | pinboard.json | bookmarks.csv | genereto project folder>\n' +
        '  [--include-private] [--suggest-tags] [--tags-map map.yml] [--folders-as-tags] [--format netscape|pinboard|csv] [--dry-run]',
    );
    process.exit(2);
  }
  const [input] = positionals;
  const dryRun = values['dry-run'] ?? false;
  try {
    if (statSync(input).isDirectory()) {
      const result = importGenereto(input, 'content', { dryRun });
      console.log(`${dryRun ? 'Would import' : 'Imported'} ${result.entries.length} entr${result.entries.length === 1 ? 'y' : 'ies'}:`);
      for (const { slug, from } of result.entries) console.log(`  ${from} → content/posts/${slug}.mdx`);
      if (result.skipped.length > 0) console.log(`Skipped ${result.skipped.length}:\n${result.skipped.map(({ from, reason }) => `  ${from}: ${reason}`).join('\n')}`);
      if (result.newTags.length > 0) console.log(`Add these tags to content/tags.yml (with a title and description) or edit the entries; npm run check insists: ${result.newTags.join(', ')}`);
      return;
    }
    const result = importBookmarks(input, 'content', {
      dryRun,
      includePrivate: values['include-private'],
      suggestTags: values['suggest-tags'],
      foldersAsTags: values['folders-as-tags'],
      tagsMap: values['tags-map'] ? readTagsMap(values['tags-map']) : undefined,
      format: values.format as BookmarkFormat | undefined,
    });
    console.log(importReport(result, dryRun));
  } catch (error) {
    if (!(error instanceof UnreadableExport) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.error(`${(error as Error).message}\nNothing was imported.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
