/**
 * The week in links as an email would carry it: HTML any mail client shows as meant (absolute
 * URLs, no script, no class or stylesheet, nothing that needs CSS to make sense), the same as
 * Markdown for pasting into a newsletter tool, and the RSS feed with one item a week that an
 * RSS-to-email service (Buttondown, Mailchimp, Kit) sends once per week. Every value is
 * escaped; commentary arrives as the site's sanitised HTML (lib/markdown.ts).
 */
import { formatDay } from '../dates';
import { digestTitle, type DigestWeek } from '../digest';
import { absolutizeLinks } from '../markdown';
import { digestPath, PATHS, tagPath } from '../routes';
import { element, escapeHtml, type FeedEntry, type FeedInfo, quotationHtml, rssDocument } from './formats';

export interface DigestEntry extends FeedEntry {
  /** The kind as a reader reads it: "Paper". */
  kind: string;
  site?: string;
  /** The commentary as written (Markdown), for the Markdown digest. */
  commentaryMarkdown: string;
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
      entry.quoteHtml ? quotationHtml({ ...entry, quoteHtml: entry.quoteHtml }, siteUrl) : `<p>${escapeHtml(entry.description)}</p>`,
      absolutizeLinks(entry.commentaryHtml, siteUrl),
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

/** The week's digest as Markdown, its links absolute. */
export function digestMarkdown(week: DigestWeek<DigestEntry>, siteUrl: string, siteName: string): string {
  const absolute = (markdown: string) => markdown.replace(/\]\(\/(?!\/)/g, `](${siteUrl}/`).replace(/^(\[[^\]]+\]:\s*)\/(?!\/)/gm, `$1${siteUrl}/`);
  const entries = week.entries.map((entry) =>
    [
      `## [${escapeMarkdown(entry.title)}](<${entry.url.replace(/[<> ]/g, encodeURIComponent)}>)`,
      escapeMarkdown(sourceLine(entry)),
      entry.quoteHtml ? `${escapeMarkdown(entry.description).replace(/^/gm, '> ')}\n\n— ${escapeMarkdown(entry.by ?? '')}` : escapeMarkdown(entry.description),
      absolute(entry.commentaryMarkdown.trim()),
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
