/**
 * `npm run new -- <url> [--tags a,b] [--kind video] [--via <url>] [--title …] [--description …]`
 * Writes content/posts/<slug>.mdx dated today, filled from what the page says about itself,
 * and prints its path. Refuses a link already on the site and never writes a half-filled file.
 * It looks the link up on Hacker News and Lobsters and records the most discussed thread of
 * each (`--no-discussions` skips it). With `--quote "…"` (and `--by "…"` when the page names
 * no author, `--context "…"`) it writes a quotation of the page instead. With `--list <slug>
 * --note "…"` the new entry is also the last step of content/lists/<slug>.yml.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { today } from '../../lib/dates';
import { checkContentFile } from '../../lib/content/check';
import { formatFinding } from '../../lib/content/findings';
import { canonicalUrl } from '../../lib/content/integrity';
import { inferKind, isLinkKind, LINK_KINDS, type LinkKind } from '../../lib/kinds';
import { signalsFromHtml } from '../../lib/content/html-signals';
import { linkMetadata, type LinkMetadata } from '../../lib/content/link-metadata';
import { entrySlug, entrySource, literalMarkdown, quotationSlug, quotationSource } from '../../lib/content/new-entry';
import { entryText, suggestTags, tagModel } from '../../lib/content/tag-suggestions';
import { parseVocabulary, suggestTag } from '../../lib/content/tags';
import { parseFrontMatter } from '../../lib/content/frontmatter';
import { withStep } from '../../lib/content/lists';
import { plainText } from '../../lib/plain-text';
import { isAbsoluteHttpUrl } from '../../lib/url';
import { readEntryFiles } from './entry-files';
import { DEFAULT_LIMITS, type FetchLimits, fetchPage, FetchPageError } from './fetch-page';
import { DEFAULT_SERVICES, type DiscussionServices, findDiscussions } from './find-discussions';

export interface NewEntryOptions {
  tags?: string[];
  kind?: string;
  via?: string;
  title?: string;
  description?: string;
  /** The words of a quotation: the entry is then a quotation of the page. */
  quote?: string;
  by?: string;
  context?: string;
  /** Where to look for discussions of the link; false skips the look-up (`--no-discussions`). */
  discussions?: DiscussionServices | false;
  /** A reading list to end with the new entry, and the step's note on why it is there. */
  list?: string;
  note?: string;
  /** The content folder; content/ unless a test says otherwise. */
  contentDir?: string;
  today?: string;
  limits?: FetchLimits;
}

/** Why no file was written, phrased for the author. */
export class NewEntryError extends Error {}

export interface NewEntryResult {
  file: string;
  /** What the author should know: a page that could not be read, a trimmed description. */
  notes: string[];
}

function sameUrl(a: string, b: string) {
  try {
    return canonicalUrl(a) === canonicalUrl(b);
  } catch {
    return false;
  }
}

/** Up to three tags of the vocabulary for a new link's words, from the entries already in `postsDir`. */
function suggestedTags(postsDir: string, vocabularyFile: string, words: Parameters<typeof entryText>[0]): string[] {
  const vocabulary = parseVocabulary(vocabularyFile, readFileSync(vocabularyFile, 'utf8')).tags.map(({ name }) => name);
  const entries = readdirSync(postsDir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const parsed = parseFrontMatter(readFileSync(join(postsDir, name), 'utf8'));
      if ('error' in parsed) return [];
      const text = (key: string) => (typeof parsed.data[key] === 'string' ? (parsed.data[key] as string) : undefined);
      const tags = Array.isArray(parsed.data.tags) ? parsed.data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
      return [{ text: entryText({ title: text('title'), description: text('description'), site: text('site'), quote: text('quote'), commentary: plainText(parsed.body) }), tags }];
    });
  return suggestTags(tagModel(entries, vocabulary), entryText(words));
}

function checkedTags(tags: string[], vocabularyFile: string): string[] {
  const names = parseVocabulary(vocabularyFile, readFileSync(vocabularyFile, 'utf8')).tags.map(({ name }) => name);
  const unknown = tags.filter((tag) => !names.includes(tag));
  if (unknown.length > 0) {
    const hints = unknown.map((tag) => {
      const suggestion = suggestTag(tag, names);
      return `"${tag}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
    });
    throw new NewEntryError(`Unknown tag ${hints.join(', ')}: use one from ${vocabularyFile}, or add it there with a title and description.`);
  }
  return tags;
}

async function pageMetadata(url: string, limits: FetchLimits, notes: string[]): Promise<{ metadata: LinkMetadata; finalUrl: string }> {
  const none = { metadata: { authors: [] }, finalUrl: url };
  try {
    const page = await fetchPage(url, limits);
    if (!/html/i.test(page.contentType)) {
      notes.push(`${url} is ${page.contentType.split(';')[0] || 'not a web page'}, not HTML: nothing to read a title from.`);
      return { ...none, finalUrl: page.url };
    }
    if (page.cut === 'size') notes.push(`The page is larger than ${limits.maxBytes / 1024 / 1024} MB; read its beginning only.`);
    if (page.cut === 'time') notes.push(`The page was still arriving after ${limits.timeoutMs / 1000} s; read what had arrived.`);
    return { metadata: linkMetadata(signalsFromHtml(page.body), page.url), finalUrl: page.url };
  } catch (error) {
    if (!(error instanceof FetchPageError)) throw error;
    notes.push(`Could not read ${url}: ${error.message}.`);
    // Where the redirects led still tells whether the page is already on the site.
    return { ...none, finalUrl: error.url ?? url };
  }
}

/** Writes the entry, and with `list`, ends that reading list with it; checks the list's file before fetching anything. */
export async function newEntry(url: string, options: NewEntryOptions = {}): Promise<NewEntryResult> {
  const listFile = options.list === undefined ? undefined : join(options.contentDir ?? 'content', 'lists', `${options.list}.yml`);
  if (listFile !== undefined) {
    if (!existsSync(listFile)) throw new NewEntryError(`${listFile} does not exist: --list names a reading list of content/lists/ by its file's name.`);
    if (!options.note?.trim()) throw new NewEntryError('--list needs --note "…": a line on why the link is a step of the list.');
  }
  const result = await writeEntry(url, options);
  if (listFile !== undefined) {
    const slug = basename(result.file, '.mdx');
    writeFileSync(listFile, withStep(readFileSync(listFile, 'utf8'), slug, literalMarkdown(options.note!)));
    result.notes.push(`Added as the last step of ${listFile}.`);
  }
  return result;
}

async function writeEntry(url: string, options: NewEntryOptions): Promise<NewEntryResult> {
  const contentDir = options.contentDir ?? 'content';
  const postsDir = join(contentDir, 'posts');
  if (!isAbsoluteHttpUrl(url, { spaces: true })) throw new NewEntryError(`"${url}" is not an absolute http:// or https:// URL.`);
  if (options.kind !== undefined && !isLinkKind(options.kind)) throw new NewEntryError(`--kind must be one of ${LINK_KINDS.join(', ')}.`);

  const entries = readEntryFiles(postsDir);
  const vocabularyFile = join(contentDir, 'tags.yml');
  const checked = checkedTags(options.tags ?? [], vocabularyFile);
  const notes: string[] = [];
  /** The tags asked for, or, without --tags, the ones the site's entries suggest for these words. */
  const tagsFor = (words: Parameters<typeof entryText>[0]) => {
    if (options.tags !== undefined) return checked;
    const suggested = suggestedTags(postsDir, vocabularyFile, words);
    if (suggested.length > 0) notes.push(`Tags suggested from the site's entries: ${suggested.join(', ')} (pass --tags to choose others).`);
    return suggested;
  };
  // A quotation may quote a page already shared: it is its words that are new.
  if (options.quote !== undefined) {
    const { metadata } = await pageMetadata(url, options.limits ?? DEFAULT_LIMITS, notes);
    return writeChecked(postsDir, entries, notes, (taken) => {
      const by = options.by ?? metadata.authors[0];
      if (!by) throw new NewEntryError(`${notes.join(' ')}${notes.length ? ' ' : ''}The page names no author: pass --by "…" with who said or wrote the words.`);
      const quote = literalMarkdown(options.quote!);
      return {
        slug: quotationSlug(by, quote, taken),
        source: quotationSource({ quote, by, url, date: options.today ?? today(), tags: tagsFor({ quote, site: metadata.site }), site: metadata.site, published: metadata.published, context: options.context }),
      };
    });
  }
  const already = (link: string) => entries.find((entry) => entry.url && sameUrl(entry.url, link));
  const shared = already(url);
  if (shared) throw new NewEntryError(`Already on the site: ${shared.file} links to the same page.`);

  const { metadata, finalUrl } = await pageMetadata(url, options.limits ?? DEFAULT_LIMITS, notes);
  const redirected = already(finalUrl);
  if (redirected) throw new NewEntryError(`Already on the site: ${url} redirects to ${finalUrl}, which ${redirected.file} links to.`);
  const canonical = metadata.canonical && already(metadata.canonical);
  if (canonical) throw new NewEntryError(`Already on the site: ${url} calls itself ${metadata.canonical}, which ${canonical.file} links to.`);

  const title = options.title ?? metadata.title;
  const description = options.description ?? metadata.description;
  const missing = [title ? undefined : '--title "…"', description ? undefined : '--description "…"'].filter(Boolean);
  if (missing.length > 0) {
    throw new NewEntryError(
      `${notes.join(' ')}${notes.length ? ' ' : ''}The page gave no ${[title ? '' : 'title', description ? '' : 'description'].filter(Boolean).join(' or ')}: pass ${missing.join(' and ')} to write the entry.`,
    );
  }
  const date = options.today ?? today();
  const found = options.discussions === false ? { discussions: [], problems: [] } : await findDiscussions(url, date, options.discussions ?? DEFAULT_SERVICES);
  notes.push(...found.problems.map((problem) => `Discussions: ${problem}; the entry is written without its threads there.`));
  if (description!.length > 400) notes.push('The description was longer than 400 characters and was cut at a word; reread it.');
  if (title!.length > 300) notes.push('The title was longer than 300 characters and was cut at a word; reread it.');

  return writeChecked(postsDir, entries, notes, (taken) => ({
    slug: entrySlug(title!, taken),
    source: entrySource({
      title: title!,
      url,
      date,
      description: description!,
      kind: (options.kind as LinkKind | undefined) ?? inferKind(finalUrl),
      tags: tagsFor({ title, description, site: metadata.site }),
      authors: metadata.authors,
      site: metadata.site,
      published: metadata.published,
      via: options.via,
      discussions: found.discussions,
    }),
  }));
}

/** Writes the entry `make` gives, unless the check would refuse it: then nothing is written, and the author is told what to change. */
function writeChecked(postsDir: string, entries: { slug: string }[], notes: string[], make: (taken: Set<string>) => { slug: string; source: string }): NewEntryResult {
  const { slug, source } = make(new Set(entries.map((entry) => entry.slug)));
  const file = join(postsDir, `${slug}.mdx`);
  if (existsSync(file)) throw new NewEntryError(`${file} already exists.`);
  // What this command writes passes `npm run check`, or the author is told what to change.
  const problems = checkContentFile(file, source, 'post').filter((finding) => finding.level !== 'notice');
  if (problems.length > 0) {
    throw new NewEntryError(`Nothing written: the entry would not pass the check.\n${problems.map(formatFinding).join('\n')}\nChange the options named above (--title, --description…) and run the command again.`);
  }
  writeFileSync(file, source);
  return { file, notes };
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      tags: { type: 'string' },
      kind: { type: 'string' },
      via: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      quote: { type: 'string' },
      by: { type: 'string' },
      context: { type: 'string' },
      list: { type: 'string' },
      note: { type: 'string' },
      'no-discussions': { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) {
    console.error('Usage: npm run new -- <url> [--tags a,b] [--kind video] [--via <url>] [--title "…"] [--description "…"] [--quote "…" [--by "…"] [--context "…"]] [--list <slug> --note "…"] [--no-discussions]');
    process.exit(2);
  }
  try {
    const { 'no-discussions': noDiscussions, ...rest } = values;
    const { file, notes } = await newEntry(positionals[0], {
      ...rest,
      ...(noDiscussions ? { discussions: false as const } : {}),
      tags: values.tags?.split(',').map((tag) => tag.trim()).filter(Boolean),
    });
    for (const note of notes) console.error(note);
    console.log(file);
    console.error('Now write the commentary under the front matter, then `npm run dev` to preview it.');
  } catch (error) {
    if (!(error instanceof NewEntryError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
