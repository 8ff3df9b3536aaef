/**
 * The week in links as an email would carry it: HTML any mail client shows as meant (absolute
 * URLs, no script, no class or stylesheet, nothing that needs CSS to make sense), the same as
 * Markdown for pasting into a newsletter tool, and the RSS feed with one item a week that an
 * RSS-to-email service (Buttondown, Mailchimp, Kit) sends once per week. Every value is
 * escaped; commentary arrives as the site's sanitised HTML (lib/markdown.ts).
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { formatDay } from '../dates';
import { digestTitle, type DigestWeek } from '../digest';
import { markdownToEmailHtml } from '../markdown';
import { COMMENTARY_SCHEMES } from '../url';
import { digestPath, PATHS, tagPath } from '../routes';
import { element, escapeHtml, type FeedEntry, type FeedInfo, quotationHtml, rssDocument } from './formats';

export interface DigestEntry extends FeedEntry {
  /** The kind as a reader reads it: "Paper". */
  kind: string;
  site?: string;
  /** The commentary as written (Markdown): the email and the Markdown digest are made from it. */
  commentaryMarkdown: string;
  /** A quotation's words as written (Markdown); absent on a link. */
  quote?: string;
}

/** The weeks the digest feed carries, newest first. */
export const DIGEST_FEED_LENGTH = 20;

const linkCount = (count: number) => `${count} ${count === 1 ? 'link' : 'links'}`;
const sourceLine = (entry: DigestEntry) => [entry.site || entry.hostname, entry.kind, formatDay(entry.date)].join(' · ');

/** The week's digest as email-safe HTML. */
export function digestHtml(week: DigestWeek<DigestEntry>, siteUrl: string, siteName: string): string {
  const href = (url: string) => escapeHtml(url);
  const entries = week.entries.map((entry) =>
    [
      `<h2><a href="${href(entry.url)}">${escapeHtml(entry.title)}</a></h2>`,
      `<p>${escapeHtml(sourceLine(entry))}</p>`,
      entry.quote ? quotationHtml({ ...entry, quoteHtml: markdownToEmailHtml(entry.quote, entry.permalink) }, siteUrl) : `<p>${escapeHtml(entry.description)}</p>`,
      markdownToEmailHtml(entry.commentaryMarkdown, entry.permalink),
      `<p>${[...entry.tags.map((tag) => `<a href="${href(`${siteUrl}${tagPath(tag)}`)}">#${escapeHtml(tag)}</a>`), `<a href="${href(entry.permalink)}">Permalink</a>`].join(' · ')}</p>`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    `<h1>${escapeHtml(digestTitle(week))}</h1>`,
    `<p>${linkCount(week.entries.length)} shared on <a href="${href(`${siteUrl}/`)}">${escapeHtml(siteName)}</a> this week.</p>`,
    ...entries,
    `<p><a href="${href(`${siteUrl}${digestPath(week.id)}`)}">This week on the site</a> · <a href="${href(`${siteUrl}${PATHS.digest}`)}">Every week</a></p>`,
  ].join('\n');
}

/** Text as Markdown shows it: the characters Markdown would act on escaped, control characters dropped. */
const escapeMarkdown = (text: string) => text.replace(/\p{Cc}/gu, '').replace(/[\\`*_{}[\]<>#|~!]/g, '\\$&');

const isCommentaryLink = (url: string) => /^#/.test(url) || COMMENTARY_SCHEMES.href.some((scheme) => url.toLowerCase().startsWith(`${scheme}:`));

/**
 * An entry's Markdown as one part of a longer text: its links and images absolute (a relative
 * one as on the entry's page, `pageUrl`), and its footnotes renamed with `notes` so that two
 * entries' `[^1]` stay two notes.
 */
function markdownForDigest(markdown: string, pageUrl: string, notes: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const visit = (node: Nodes) => {
    if ('url' in node && !/^(mailto:|#)/i.test(node.url)) node.url = URL.canParse(node.url, pageUrl) ? new URL(node.url, pageUrl).href : node.url;
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      node.identifier = `${notes}-${node.identifier}`;
      node.label = `${notes}-${node.label ?? node.identifier}`;
    }
    if (!('children' in node)) return;
    node.children.forEach(visit);
    // What the site's pages drop (lib/markdown.ts), the Markdown drops too: a link to another scheme keeps its words only.
    node.children = node.children.flatMap((child) => (child.type === 'link' && !isCommentaryLink(child.url) ? child.children : [child])) as typeof node.children;
  };
  visit(tree);
  return toMarkdown(tree, { extensions: [gfmToMarkdown()] }).trim();
}

/** The week's digest as Markdown, its links absolute. */
export function digestMarkdown(week: DigestWeek<DigestEntry>, siteUrl: string, siteName: string): string {
  const entries = week.entries.map((entry, index) =>
    [
      `## [${escapeMarkdown(entry.title)}](<${entry.url.replace(/[<> ]/g, encodeURIComponent)}>)`,
      escapeMarkdown(sourceLine(entry)),
      entry.quote
        ? `${markdownForDigest(entry.quote, entry.permalink, `${index + 1}q`).replace(/^/gm, '> ')}\n\n— ${[entry.by ?? '', entry.site, entry.context].filter(Boolean).map((part) => escapeMarkdown(part!)).join(', ')}`
        : escapeMarkdown(entry.description),
      markdownForDigest(entry.commentaryMarkdown, entry.permalink, `${index + 1}`),
      [...entry.tags.map((tag) => `[\\#${tag}](${siteUrl}${tagPath(tag)})`), `[Permalink](${entry.permalink})`].join(' · '),
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return [
    `# ${escapeMarkdown(digestTitle(week))}`,
    `${linkCount(week.entries.length)} shared on [${escapeMarkdown(siteName)}](${siteUrl}/) this week.`,
    ...entries,
    `[This week on the site](${siteUrl}${digestPath(week.id)}) · [Every week](${siteUrl}${PATHS.digest})`,
    '',
  ].join('\n\n');
}

/** The instant a week ends: its Sunday's last second, UTC. */
const endOf = (week: DigestWeek<unknown>) => new Date(`${week.sunday}T23:59:59Z`);

/** RSS 2.0, one item per week, newest first; each item's guid is the week's page, so it is sent once. */
export function digestRss(info: FeedInfo, weeks: readonly DigestWeek<DigestEntry>[], siteName: string): string {
  const items = weeks.slice(0, DIGEST_FEED_LENGTH).map((week) => {
    const url = `${info.siteUrl}${digestPath(week.id)}`;
    return [
      '    <item>',
      `      ${element('title', digestTitle(week))}`,
      `      ${element('link', url)}`,
      `      ${element('guid', url, ' isPermaLink="true"')}`,
      `      ${element('pubDate', endOf(week).toUTCString())}`,
      `      ${element('description', digestHtml(week, info.siteUrl, siteName))}`,
      '    </item>',
    ].join('\n');
  });
  return rssDocument(info, weeks[0] ? endOf(weeks[0]) : new Date(0), items);
}
