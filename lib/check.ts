import { checkCommentary, parseCommentary } from './commentary';
import { sortNewestFirst, isPublished } from './entries';
import { parseFrontMatter } from './frontmatter';
import {
  brokenInternalLinks,
  duplicateTitles,
  duplicateUrls,
  futureDates,
  type SourceEntry,
  unknownTags,
} from './integrity';
import { isKind } from './kinds';
import { SITE_FEED_PATHS, tagFeedPath } from './routes';
import { sitemapPages } from './sitemap';
import { parseVocabulary } from './tags';
import { hostnameOf } from './url';
import { validatePage, validatePost, validateSlug } from './validation';

/** A problem in one content file, located well enough to fix without searching. */
export interface FileFinding {
  file: string;
  line?: number;
  field?: string;
  message: string;
  /** A notice informs (a future date); only errors fail the check. */
  level?: 'error' | 'notice';
}

export type ContentType = 'post' | 'page';

/** Checks one content file's front matter and name; `file` is its path relative to the project. */
export function checkContentFile(file: string, source: string, type: ContentType): FileFinding[] {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
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
  /** Paths of the files in public/, which commentary may link to. */
  publicPaths: string[];
  /** YYYY-MM-DD */
  today: string;
  siteUrl: string;
  pageSize: number;
}

const FENCE = /^---\r?\n[\s\S]*?\r?\n---\r?(?:\n|$)/;

function sourceEntry({ file, source }: ContentFile): SourceEntry | undefined {
  const parsed = parseFrontMatter(source);
  if ('error' in parsed) return undefined;
  const fence = FENCE.exec(source)![0];
  return {
    file,
    slug: file.replace(/^.*\//, '').replace(/\.mdx$/, ''),
    data: parsed.data,
    lines: parsed.lines,
    body: source.slice(fence.length),
    bodyLine: fence.split('\n').length,
    tree: parseCommentary(source.slice(fence.length)),
  };
}

/** The pages the build will produce from these entries: what internal links may point at. */
function sitePaths(posts: SourceEntry[], pages: SourceEntry[], input: ContentInput): Set<string> {
  const published = sortNewestFirst(
    posts
      .filter(({ data }) => validatePost(data).length === 0)
      .map(({ slug, data }) => ({
        slug,
        title: data.title as string,
        date: data.date as string,
        tags: (data.tags as string[] | undefined) ?? [],
        draft: data.draft === true,
        kind: isKind(data.kind) ? data.kind : 'article',
        hostname: hostnameOf(data.url as string),
      }))
      .filter((entry) => isPublished(entry, input.today)),
  );
  const tags = new Set(published.flatMap((entry) => entry.tags));
  return new Set([
    ...sitemapPages(published, input.pageSize).map(({ path }) => path),
    ...pages.map(({ slug }) => `/${slug}`),
    ...SITE_FEED_PATHS,
    ...[...tags].map(tagFeedPath),
    ...input.publicPaths,
  ]);
}

/**
 * `npm run check`: every file's own checks, then the checks across files. Returns every
 * finding, errors and notices, in file order.
 */
export function checkContent(input: ContentInput): FileFinding[] {
  const vocabulary = parseVocabulary(input.vocabulary.file, input.vocabulary.source);
  const posts = input.posts.flatMap((file) => sourceEntry(file) ?? []);
  const pages = input.pages.flatMap((file) => sourceEntry(file) ?? []);
  const findings = [
    ...input.posts.flatMap(({ file, source }) => checkContentFile(file, source, 'post')),
    ...input.pages.flatMap(({ file, source }) => checkContentFile(file, source, 'page')),
    ...vocabulary.findings,
    ...duplicateUrls(posts),
    ...duplicateTitles(posts),
    ...futureDates(posts, input.today),
    ...unknownTags(posts, vocabulary.tags.map(({ name }) => name), input.vocabulary.file),
    ...[...posts, ...pages].flatMap(checkCommentary),
    ...brokenInternalLinks([...posts, ...pages], sitePaths(posts, pages, input), input.siteUrl),
  ];
  return findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** `content/posts/a.mdx:4 url: must be …`, the shape editors and CI logs turn into links. */
export function formatFinding({ file, line, field, message, level }: FileFinding): string {
  return `${file}${line ? `:${line}` : ''} ${level === 'notice' ? 'notice: ' : ''}${field ? `${field}: ` : ''}${message}`;
}
