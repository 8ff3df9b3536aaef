/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 with link-blog semantics: an item links to the shared
 * URL, and the entry's permalink is its identity. The `feed` package cannot express that
 * (it marks RSS guids as not permalinks, has no Atom rel="related" and writes JSON Feed 1.0),
 * so the XML is written here, every value passing through `escapeXml`, and tested by parsing
 * it with a real feed parser.
 */
import { type Discussion, discussionSite } from '../discussions';
import { absolutizeLinks } from '../markdown';
import { noonOf } from '../dates';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** Each format's media type, for the responses and the `<link rel="alternate">` of every page. */
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export interface FeedEntry {
  title: string;
  /** The shared link. */
  url: string;
  /** The entry's absolute permalink on this site. */
  permalink: string;
  /** ISO date the link was shared. */
  date: string;
  description: string;
  commentaryHtml: string;
  hostname: string;
  tags: string[];
  authors: string[];
  /** Threads about it, linked from the item. */
  discussions?: Discussion[];
  /** A quotation's words (sanitised HTML) and who said them, where; absent on a link. */
  quoteHtml?: string;
  by?: string;
  site?: string;
  context?: string;
}

export interface FeedInfo {
  title: string;
  description: string;
  /** Absolute URL of the site, or of the tag page for a tag feed. */
  homeUrl: string;
  /** Absolute URL of this feed. */
  selfUrl: string;
  /** Base for the site's own links inside content. */
  siteUrl: string;
  language: string;
  author: string;
}

/** The newest this many entries go in a feed. */
export const FEED_LENGTH = 50;

/** What XML 1.0 cannot hold at all, escaped or not: most control characters, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as XML character data. `npm run check` refuses control characters in entries; dropping
 * whatever XML cannot hold here too keeps every feed well-formed even if one slips through.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Text as HTML: escapeXml, with the apostrophe every HTML reader knows. */
export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/&apos;/g, '&#39;');
}

/** A quotation's words and "— who, where", linking to the source. */
export function quotationHtml(entry: FeedEntry & { quoteHtml: string }, siteUrl: string): string {
  const where = [entry.site, entry.context].filter(Boolean).map((part) => escapeHtml(part!)).join(', ');
  return [
    `<blockquote cite="${escapeHtml(entry.url)}">${absolutizeLinks(entry.quoteHtml, siteUrl)}</blockquote>`,
    `<p>— <a href="${escapeHtml(entry.url)}">${escapeHtml(entry.by ?? '')}</a>${where ? `, ${where}` : ''}</p>`,
  ].join('\n');
}

/** What a feed reader shows for an entry: the description (or a quotation's words), the commentary, and where to go. */
export function contentHtml(entry: FeedEntry, siteUrl: string): string {
  const { quoteHtml } = entry;
  return [
    quoteHtml ? quotationHtml({ ...entry, quoteHtml }, siteUrl) : `<p>${escapeHtml(entry.description)}</p>`,
    absolutizeLinks(entry.commentaryHtml, siteUrl),
    entry.discussions?.length
      ? `<p>Discussed on ${entry.discussions.map(({ url, comments }) => `<a href="${escapeHtml(url)}">${escapeHtml(discussionSite(url))}</a>${comments === undefined ? '' : ` (${comments})`}`).join(' · ')}</p>`
      : '',
    `<p><a href="${escapeHtml(entry.url)}">${quoteHtml ? 'The source' : 'Read it'} on ${escapeHtml(entry.hostname)}</a> · <a href="${escapeHtml(entry.permalink)}">Permalink</a></p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** What a feed carries of a newest-first list. */
function newest(entries: readonly FeedEntry[]): readonly FeedEntry[] {
  return entries.slice(0, FEED_LENGTH);
}

/** The feed's own date: the newest entry's, so an unchanged feed stays byte-for-byte the same. */
function updated(entries: readonly FeedEntry[]): Date {
  return entries[0] ? noonOf(entries[0].date) : new Date(0);
}

/** One XML element holding `value` as text. */
export const element = (name: string, value: string, attributes = '') => `<${name}${attributes}>${escapeXml(value)}</${name}>`;

/** `entries` newest first, as `lib/posts` gives them; the feed takes the first FEED_LENGTH. */
export function rss(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const items = newest(entries).map((entry) =>
    [
      '    <item>',
      `      ${element('title', entry.title)}`,
      `      ${element('link', entry.url)}`,
      `      ${element('guid', entry.permalink, ' isPermaLink="true"')}`,
      `      ${element('pubDate', noonOf(entry.date).toUTCString())}`,
      ...entry.authors.map((name) => `      ${element('dc:creator', name)}`),
      ...entry.tags.map((tag) => `      ${element('category', tag)}`),
      `      ${element('description', contentHtml(entry, info.siteUrl))}`,
      '    </item>',
    ].join('\n'),
  );
  return rssDocument(info, updated(entries), items);
}

/** An RSS 2.0 document: the channel described by `info`, holding `items` (each an `<item>` already written). */
export function rssDocument(info: FeedInfo, lastBuild: Date, items: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    ${element('title', info.title)}`,
    `    ${element('link', info.homeUrl)}`,
    `    ${element('description', info.description)}`,
    `    ${element('language', info.language)}`,
    `    ${element('lastBuildDate', lastBuild.toUTCString())}`,
    `    <atom:link href="${escapeXml(info.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function atom(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const items = newest(entries).map((entry) =>
    [
      '  <entry>',
      `    ${element('title', entry.title)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <link rel="related" type="text/html" href="${escapeXml(entry.permalink)}"/>`,
      `    ${element('id', entry.permalink)}`,
      `    ${element('published', noonOf(entry.date).toISOString())}`,
      `    ${element('updated', noonOf(entry.date).toISOString())}`,
      ...entry.authors.map((name) => `    <author>${element('name', name)}</author>`),
      ...entry.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      `    ${element('content', contentHtml(entry, info.siteUrl), ' type="html"')}`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(info.language)}">`,
    `  ${element('title', info.title)}`,
    `  ${element('subtitle', info.description)}`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(info.homeUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(info.selfUrl)}"/>`,
    `  ${element('id', info.homeUrl)}`,
    `  ${element('updated', updated(entries).toISOString())}`,
    `  <author>${element('name', info.author)}</author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

export function jsonFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    home_page_url: info.homeUrl,
    feed_url: info.selfUrl,
    description: info.description,
    language: info.language,
    authors: [{ name: info.author }],
    items: newest(entries).map((entry) => ({
      id: entry.permalink,
      url: entry.permalink,
      external_url: entry.url,
      title: entry.title,
      content_html: contentHtml(entry, info.siteUrl),
      summary: entry.description,
      date_published: noonOf(entry.date).toISOString(),
      tags: entry.tags,
      ...(entry.authors.length > 0 ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      // JSON Feed's extension for what its fields cannot say: the words and who said them (announcements post them).
      ...(entry.quoteHtml ? { _quotation: { text: entry.description, by: entry.by ?? '' } } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
