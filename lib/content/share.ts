/**
 * The share page's logic, apart from its form: what the site already holds, what a
 * bookmarklet or a phone's share sheet hands over, and what `npm run check` will say of the
 * file the form writes. It runs in the browser with the same checks the build runs.
 */
import { checkContentFile, quotationBody } from './check';
import { checkCommentary, parseCommentary } from './commentary';
import type { FileFinding, SourceEntry } from './findings';
import { parseFrontMatter } from './frontmatter';
import { canonicalUrl, futureDates, unknownTags } from './integrity';
import { type LinkMetadata, linkMetadata, type PageSignals } from './link-metadata';
import { slugOfFile } from '../routes';
import { isQuotation } from './validation';

/** The vocabulary's file, as findings and the README name it. */
export const TAGS_FILE = 'content/tags.yml';

/**
 * What the share page needs to know of the site, in 64 small files beside it, so that it
 * fetches only what the link in its form needs (a few kB however large the site): a shard holds
 * the published entries whose URL's canonical form hashes to it, and the slugs whose name
 * (without a `-2` ending) does.
 */
export interface ShareShard {
  /**
   * Published slugs a new file must not take. Drafts and future entries stay unnamed (a build
   * never shows them); should a new file take a draft's name, GitHub's editor says the file exists.
   */
  slugs: string[];
  /** The published entries, by the form of their URL that `npm run check` compares. */
  links: SharedLink[];
}

export interface SharedLink {
  /** `canonicalUrl` of the entry's URL. */
  key: string;
  permalink: string;
  title: string;
}

export const SHARE_SHARDS = 64;

/** A key's shard, two hex digits: FNV-1a of the key, the same in the build and the browser. */
export function shardOf(key: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return ((hash >>> 0) % SHARE_SHARDS).toString(16).padStart(2, '0');
}

/** Every shard's name, `00` to `3f`. */
export const shardNames = () => Array.from({ length: SHARE_SHARDS }, (_, index) => index.toString(16).padStart(2, '0'));

/** `raft-2` → `raft`: the name `entrySlug` numbered. */
const unnumbered = (slug: string) => slug.replace(/-\d+$/, '');

/** The URL's shard, or undefined when it has no canonical form. */
export function urlShardOf(url: string): string | undefined {
  try {
    return shardOf(canonicalUrl(url));
  } catch {
    return undefined;
  }
}

/**
 * Every shard of the published entries, by name, in one pass over them (each link's address is
 * normalised once, not once a shard). A slug is filed under its own hash and, numbered, under
 * its name's too: `shardOf(base)` then holds `base` and every `base-N`, as `entrySlug` needs.
 */
export function shareShards(published: readonly { slug: string; url: string; permalink: string; title: string }[]): Map<string, ShareShard> {
  const shards = new Map(shardNames().map((name): [string, ShareShard] => [name, { slugs: [], links: [] }]));
  for (const { slug, url, permalink, title } of published) {
    for (const shard of new Set([shardOf(slug), shardOf(unnumbered(slug))])) shards.get(shard)!.slugs.push(slug);
    const key = canonicalUrl(url);
    shards.get(shardOf(key))!.links.push({ key, permalink, title });
  }
  for (const shard of shards.values()) shard.slugs.sort();
  return shards;
}

/** The entry already on the site that links to the same page as `url`, written however. */
export function alreadyShared(url: string, shard: ShareShard): SharedLink | undefined {
  let key: string;
  try {
    key = canonicalUrl(url);
  } catch {
    return undefined;
  }
  return shard.links.find((link) => link.key === key);
}

/**
 * Every finding `npm run check` gives this file, bar the checks that need the whole
 * repository (links from the commentary to the site's own pages); a link already on the site
 * is named by its permalink, which the reader can open.
 */
export function checkNewEntry(
  file: string,
  source: string,
  site: { shard: ShareShard; vocabulary?: { names: readonly string[]; otherNames: ReadonlyMap<string, string> }; today: string },
): FileFinding[] {
  const own = checkContentFile(file, source, 'post');
  const parsed = parseFrontMatter(source);
  if ('error' in parsed) return own;
  const entry: SourceEntry = { file, slug: slugOfFile(file), ...parsed, tree: parseCommentary(parsed.body) };
  // A quotation may quote a page already shared.
  const existing = typeof parsed.data.url === 'string' && !isQuotation(parsed.data) ? alreadyShared(parsed.data.url, site.shard) : undefined;
  return [
    ...own,
    ...(existing
      ? [{ file, line: parsed.lines.url, field: 'url', message: `already on the site as ${existing.permalink} ("${existing.title}"): add anything new to its commentary instead` }]
      : []),
    ...futureDates([entry], site.today),
    // Until the vocabulary has arrived (with the tag model), tags are not judged.
    ...(site.vocabulary ? unknownTags([entry], site.vocabulary.names, TAGS_FILE, site.vocabulary.otherNames) : []),
    ...checkCommentary(entry),
    ...[quotationBody(entry) ?? []].flat().flatMap(checkCommentary).map((finding) => ({ ...finding, field: 'quote' })),
  ];
}

/** The share form's fields, in its order. */
export const SHARE_FIELDS = ['url', 'quote', 'by', 'context', 'title', 'description', 'kind', 'tags', 'authors', 'site', 'published', 'date', 'via', 'commentary'] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];

/** The form field a finding is about: the front matter calls the authors `author`, and a file name comes from the title. */
export function shareFieldOf(finding: FileFinding): ShareField {
  const field = finding.field === 'author' ? 'authors' : finding.field;
  return (SHARE_FIELDS as readonly string[]).includes(field ?? '') ? (field as ShareField) : 'title';
}

/** What arrives with the reader at the share page: the fields it can fill. */
export interface SharedPage {
  url?: string;
  metadata: LinkMetadata;
  /** Text selected on the page, to quote. */
  selection?: string;
}

/** What the bookmarklet puts in the share page's fragment. */
interface BookmarkletPayload {
  url: string;
  signals: PageSignals;
  selection?: string;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The fragment's payload, if it is one: anything can link here with any fragment, so every field is checked for its type. */
function payloadOf(hash: string): BookmarkletPayload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const { url, signals, selection } = value as Record<string, unknown>;
  if (!isString(url) || !signals || typeof signals !== 'object') return undefined;
  const { title, meta, jsonLd, canonical } = signals as Record<string, unknown>;
  const pairs = Array.isArray(meta) ? meta.filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && pair.every(isString)) : [];
  return {
    url,
    signals: {
      ...(isString(title) ? { title } : {}),
      meta: pairs,
      jsonLd: Array.isArray(jsonLd) ? jsonLd.filter(isString) : [],
      ...(isString(canonical) ? { canonical } : {}),
    },
    ...(isString(selection) ? { selection } : {}),
  };
}

/**
 * The page being shared, from the bookmarklet's fragment (`#{…}`) or from the query a phone's
 * share sheet or a plain link sends (`?url=…&title=…&text=…`). Share sheets often put the
 * URL in `text`, so a lone URL there counts as the URL.
 */
export function sharedPageFrom(hash: string, search: string): SharedPage | undefined {
  const payload = hash.length > 1 ? payloadOf(hash) : undefined;
  if (payload) {
    const metadata = linkMetadata(payload.signals, payload.url);
    return { url: metadata.canonical ?? payload.url, metadata, ...(payload.selection?.trim() ? { selection: payload.selection } : {}) };
  }
  const query = new URLSearchParams(search);
  const text = query.get('text')?.trim() || undefined;
  const url = query.get('url')?.trim() || (text && /^https?:\/\/\S+$/.test(text) ? text : undefined);
  const title = query.get('title')?.trim() || undefined;
  if (!url && !title) return undefined;
  return { url, metadata: { title, authors: [], ...(text && text !== url ? { description: text } : {}) } };
}

/** Longest JSON-LD block the bookmarklet carries: some pages put a whole article body in theirs. */
const MAX_JSON_LD = 50_000;
/** Longest selection quoted. */
const MAX_SELECTION = 2_000;

/**
 * The bookmarklet: a `javascript:` URL that reads the page it runs on with
 * `signalsFromDocument` (its own source, passed in) and opens the share page with what it
 * found in the fragment, which never leaves the reader's browser.
 */
export function bookmarkletSource(shareUrl: string, readSignals: (document: Document) => PageSignals): string {
  const body = `(function(read){var s=read(document);s.jsonLd=s.jsonLd.filter(function(b){return b.length<=${MAX_JSON_LD}});` +
    `var p={url:location.href,signals:s,selection:String(getSelection()||'').slice(0,${MAX_SELECTION})};` +
    `location.href=${JSON.stringify(shareUrl)}+'#'+encodeURIComponent(JSON.stringify(p))})(${readSignals.toString()})`;
  return `javascript:${encodeURIComponent(body)}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A quotation's words as the preview card shows them: each paragraph as text, Markdown's
 * backslash escapes undone. (The site renders the Markdown itself; the words the share page
 * writes are plain text escaped, so they read the same.)
 */
export function quotationPreviewHtml(quote: string): string {
  return quote
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim().replace(/\\(.)/g, '$1'))
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}
