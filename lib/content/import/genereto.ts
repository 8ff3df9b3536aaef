/**
 * The pure half of `npm run import`: genereto entries (Markdown files with front matter, and
 * the `entries` of blog.yml) → this site's MDX entries, with a reason for each one skipped.
 */
import slugify from '@sindresorhus/slugify';
import { parse } from 'yaml';
import { isCalendarDay } from '../../dates';
import { fitText } from '../../fit-text';
import { plainText } from '../../plain-text';
import { parseFrontMatter } from '../frontmatter';
import { canonicalUrl } from '../integrity';
import { inferKind } from '../../kinds';
import { entrySlug, entrySource } from '../new-entry';
import { isAbsoluteHttpUrl } from '../../url';

export interface GeneretoFile {
  path: string;
  source: string;
}

export interface ImportResult {
  entries: { slug: string; source: string; from: string }[];
  skipped: { from: string; reason: string }[];
  /** Tags the imported entries use that content/tags.yml lacks. */
  newTags: string[];
}

type Fields = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString() : undefined);

/** `"Distributed Systems, TLA+"` → `['distributed-systems', 'tla']`. */
export function keywordTags(keywords: unknown): string[] {
  const list = Array.isArray(keywords) ? keywords : typeof keywords === 'string' ? keywords.split(',') : [];
  return [...new Set(list.map((keyword) => slugify(String(keyword))).filter(Boolean))];
}

/** Genereto's length for a description taken from the text. */
const SUMMARY_LENGTH = 150;

/** The first sentences that fit, or the text cut at a word with "…". */
export function summary(text: string, max = SUMMARY_LENGTH): string {
  if (text.length <= max) return text;
  const sentences = /^.*[.!?](?=\s)/.exec(text.slice(0, max + 1))?.[0];
  return sentences && sentences.length >= max / 4 ? sentences : fitText(text, max);
}

interface ExistingEntry {
  slug: string;
  url?: string;
}

/** Converts every record; `existing` are the entries already in content/posts (never imported twice). */
export function convertGenereto(
  records: { from: string; fields: Fields; body: string }[],
  existing: readonly ExistingEntry[],
  vocabulary: readonly string[],
): ImportResult {
  const result: ImportResult = { entries: [], skipped: [], newTags: [] };
  const slugs = new Set(existing.map((entry) => entry.slug));
  const seen = new Map<string, string>();
  for (const entry of existing) {
    if (entry.url && isAbsoluteHttpUrl(entry.url)) seen.set(canonicalUrl(entry.url), `content/posts/${entry.slug}.mdx`);
  }
  const tags = new Set<string>();

  for (const { from, fields, body } of records) {
    const skip = (reason: string) => result.skipped.push({ from, reason });
    const title = text(fields.title);
    const url = text(fields.url);
    const date = text(fields.publish_date)?.slice(0, 10);
    if (!title) {
      skip('no title');
      continue;
    }
    if (!url) {
      skip('no url: a page of its own, not a shared link');
      continue;
    }
    if (!isAbsoluteHttpUrl(url)) {
      skip(`url ${JSON.stringify(url)} is not an absolute http(s) URL`);
      continue;
    }
    if (!date || !isCalendarDay(date)) {
      skip(`publish_date ${JSON.stringify(fields.publish_date ?? null)} is not a YYYY-MM-DD day`);
      continue;
    }
    const key = canonicalUrl(url);
    if (seen.has(key)) {
      skip(`links to the same page as ${seen.get(key)}`);
      continue;
    }
    const commentary = body.trim();
    // Genereto uses the start of the text when there is no description: here, its first sentences as prose.
    const description = text(fields.description) || summary(plainText(commentary));
    if (!description) {
      skip('no description and no text to take one from');
      continue;
    }
    const entryTags = keywordTags(fields.keywords);
    entryTags.forEach((tag) => tags.add(tag));
    // Genereto treats a text with TODO markers as a draft; so does the import.
    const draft = fields.is_draft === true || /\$GENERETO\{/.test(commentary);
    const slug = entrySlug(title, slugs);
    slugs.add(slug);
    seen.set(key, `content/posts/${slug}.mdx`);
    const front = entrySource({ title, url, date, description, kind: inferKind(url), tags: entryTags, authors: [] });
    const source = `${draft ? front.replace(/\n---\n\n$/, '\ndraft: true\n---\n\n') : front}${commentary.replace(/\$GENERETO\{[^}]*\}/g, '')}${commentary ? '\n' : ''}`;
    result.entries.push({ slug, source, from });
  }
  result.newTags = [...tags].filter((tag) => !vocabulary.includes(tag)).sort();
  return result;
}

/** A genereto Markdown file → its fields and text; undefined (with a reason) when it has no front matter. */
export function readGeneretoMarkdown(file: GeneretoFile): { from: string; fields: Fields; body: string } | { from: string; reason: string } {
  const parsed = parseFrontMatter(file.source);
  if ('error' in parsed) return { from: file.path, reason: parsed.error };
  return { from: file.path, fields: parsed.data, body: parsed.body };
}

/** blog.yml's `entries` → records; each is named `blog.yml#<n>` in the report. */
export function readGeneretoBlogYml(file: GeneretoFile): { records: { from: string; fields: Fields; body: string }[]; error?: string } {
  let data: unknown;
  try {
    data = parse(file.source);
  } catch (error) {
    return { records: [], error: `${file.path}: invalid YAML (${(error as Error).message.split('\n')[0]})` };
  }
  const entries = (data as { entries?: unknown })?.entries;
  if (!Array.isArray(entries)) return { records: [], error: `${file.path}: no \`entries\` list` };
  return {
    records: entries.map((fields, index) => ({
      from: `${file.path}#${index + 1}`,
      fields: (fields ?? {}) as Fields,
      body: text((fields as Fields | null)?.content) ?? '',
    })),
  };
}
