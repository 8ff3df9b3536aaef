import { entryFields, isPublished, sortNewestFirst } from '../entries';
import { pagePath, SITE_FEED_PATHS, slugOfFile, tagFeedPath } from '../routes';
import { sitemapPages } from '../sitemap';
import { checkCommentary, parseCommentary } from './commentary';
import type { EntryFacts, FileFinding, SourceEntry } from './findings';
import { parseFrontMatter } from './frontmatter';
import { bodyLinks, brokenInternalLinks, duplicateUrls, futureDates, type MarkdownLink, sameTitleSameSite, unknownTags } from './integrity';
import { checkReadingList, type EntryState } from './lists';
import { parseVocabulary, tagRedirectProblems } from './tags';
import { isQuotation, validatePage, validatePost, validateSlug } from './validation';


export type ContentType = 'post' | 'page';

/** Checks one content file's front matter and name; `file` is its path relative to the project. */
export function checkContentFile(file: string, source: string, type: ContentType): FileFinding[] {
  const slug = slugOfFile(file);
  const findings: FileFinding[] = validateSlug(slug).map((finding) => ({ file, ...finding }));
  const parsed = parseFrontMatter(source);
  if ('error' in parsed) return [...findings, { file, line: parsed.line, message: parsed.error }];
  const problems = type === 'post' ? validatePost(parsed.data) : validatePage(parsed.data);
  return [...findings, ...problems.map(({ field, message }) => ({ file, line: parsed.lines[field], field, message }))];
}

export interface ContentFile {
  file: string;
  source: string;
}

export interface ContentInput {
  posts: ContentFile[];
  pages: ContentFile[];
  /** content/tags.yml */
  vocabulary: ContentFile;
  /** vercel.json, whose tag redirects must be the ones content/tags.yml's other names need. */
  routes?: ContentFile;
  /** content/lists/*.yml: the reading lists. */
  lists?: ContentFile[];
  /** Paths of the files in public/, which commentary may link to. */
  publicPaths: string[];
  /** YYYY-MM-DD */
  today: string;
  siteUrl: string;
  pageSize: number;
  /** Entries per page of a tag, kind or source; the home page's size when not given. */
  listPageSize?: number;
}

function sourceEntry({ file, source }: ContentFile): SourceEntry | undefined {
  const parsed = parseFrontMatter(source);
  if ('error' in parsed) return undefined;
  return { file, slug: slugOfFile(file), ...parsed, tree: parseCommentary(parsed.body) };
}

/**
 * A quotation's words as a body of their own, checked as commentary is (no HTML, no
 * expressions, safe links), on the lines of the file: line by line in a block (`quote: |` or
 * `>`, a folded one as written), and at the line its text starts on when quoted.
 */
export function quotationBody(entry: SourceEntry): SourceEntry | undefined {
  const quote = entry.data.quote;
  if (typeof quote !== 'string' || !isQuotation(entry.data)) return undefined;
  const start = entry.values?.quote ?? { line: entry.lines.quote ?? 1, linesKept: false };
  const body = start.source ?? quote;
  return { ...entry, body, bodyLine: start.line, ...(start.linesKept ? {} : { linesKept: false as const }), tree: parseCommentary(body) };
}

/** The pages the build will produce from these entries: what internal links may point at. */
function sitePaths(posts: EntryFacts[], pages: EntryFacts[], input: ContentInput): Set<string> {
  const published = sortNewestFirst(
    posts
      .filter(({ data }) => validatePost(data).length === 0)
      .map(({ file, data }) => ({
        ...entryFields(file, data as { url: string }),
        title: (data.title ?? data.by) as string,
        date: data.date as string,
        ...(isQuotation(data) ? { quote: String(data.quote) } : {}),
      }))
      .filter((entry) => isPublished(entry, input.today)),
  );
  const tags = new Set(published.flatMap((entry) => entry.tags));
  return new Set([
    ...sitemapPages(published, input.today, input.pageSize, input.listPageSize, (input.lists ?? []).map(({ file }) => ({ slug: slugOfFile(file) }))).map(({ path }) => path),
    ...pages.map(({ slug }) => pagePath(slug)),
    ...SITE_FEED_PATHS,
    ...[...tags].map(tagFeedPath),
    ...input.publicPaths,
  ]);
}

/** The pages of each list are prerendered, and a static export refuses a route with none to render. */
const NO_READING_LIST: FileFinding = {
  file: 'content/lists/',
  message: 'holds no reading list: add one (README, "Add a link"); the site is exported as static files, and the lists\' routes need at least one list to build',
};

/** Every reading list's findings, each list's steps checked against what readers can see today. */
function readingListFindings(lists: ContentFile[] | undefined, posts: readonly EntryFacts[], today: string): FileFinding[] {
  if (lists === undefined) return [];
  if (lists.length === 0) return [NO_READING_LIST];
  const states = new Map<string, EntryState>(posts.map((entry) => [entry.slug, entry.data.draft === true ? 'draft' : String(entry.data.date) > today ? 'future' : 'published']));
  return lists.flatMap(({ file, source }) => checkReadingList(file, source, states));
}

const asQuote = (finding: FileFinding): FileFinding => ({ ...finding, field: 'quote' });

/**
 * What the check makes of one file alone: its own findings (name, front matter, commentary, a
 * quotation's words), what the checks across files read of it, and its body's links. A function
 * of the file's path and text (and the check's code) only, so `npm run check` keeps it by them.
 */
export interface FileCheck {
  findings: FileFinding[];
  /** Undefined when the front matter cannot be read, which a finding says. */
  facts?: EntryFacts;
  links: MarkdownLink[];
  quoteLinks: MarkdownLink[];
}

export function checkFile(file: ContentFile, type: ContentType): FileCheck {
  const findings = checkContentFile(file.file, file.source, type);
  const entry = sourceEntry(file);
  if (!entry) return { findings, links: [], quoteLinks: [] };
  const quotation = type === 'post' ? quotationBody(entry) : undefined;
  return {
    findings: [...findings, ...checkCommentary(entry), ...(quotation ? checkCommentary(quotation).map(asQuote) : [])],
    facts: { file: entry.file, slug: entry.slug, data: entry.data, lines: entry.lines },
    links: bodyLinks(entry),
    quoteLinks: quotation ? bodyLinks(quotation) : [],
  };
}

/**
 * `npm run check`: every file's own checks (`check`, which may give a kept result: see
 * checkFile), then the checks across files. Returns every finding, errors and notices, in file
 * order.
 */
export function checkContent(input: ContentInput, check: (file: ContentFile, type: ContentType) => FileCheck = checkFile): FileFinding[] {
  const vocabulary = parseVocabulary(input.vocabulary.file, input.vocabulary.source);
  const posts = input.posts.map((file) => check(file, 'post'));
  const pages = input.pages.map((file) => check(file, 'page'));
  const postFacts = posts.flatMap(({ facts }) => facts ?? []);
  const paths = sitePaths(postFacts, pages.flatMap(({ facts }) => facts ?? []), input);
  const bodies = (checks: FileCheck[], links: (check: FileCheck) => MarkdownLink[]) => checks.flatMap((one) => (one.facts ? [{ file: one.facts.file, links: links(one) }] : []));
  const findings = [
    ...[...posts, ...pages].flatMap((one) => one.findings),
    ...vocabulary.findings,
    ...(input.routes ? tagRedirectProblems(input.routes, vocabulary.otherNames) : []),
    ...readingListFindings(input.lists, postFacts, input.today),
    // A quotation may quote a page already shared as a link, or quoted before.
    ...duplicateUrls(postFacts.filter((entry) => !isQuotation(entry.data))),
    ...sameTitleSameSite(postFacts),
    ...futureDates(postFacts, input.today),
    ...unknownTags(postFacts, vocabulary.tags.map(({ name }) => name), input.vocabulary.file, vocabulary.otherNames),
    ...brokenInternalLinks(bodies([...posts, ...pages], (one) => one.links), paths, input.siteUrl),
    ...brokenInternalLinks(bodies(posts, (one) => one.quoteLinks), paths, input.siteUrl).map(asQuote),
  ];
  return findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
