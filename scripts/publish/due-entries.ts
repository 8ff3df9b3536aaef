/**
 * `npm run due -- [--site <url>]`: the entries whose day has come but which the deployed site
 * (SITE_URL by default) does not show yet, read from its sitemap, and the week of
 * the digest that has ended but is not in its `/digest/feed.xml`. Prints one line for each and,
 * under GitHub Actions, `due=<count>` for the daily rebuild's next step, which deploys only
 * when it is not 0. When the site cannot be read, the entries dated today (and, on a Monday,
 * the week that just ended) count as due: a deployment too many only rebuilds the same pages.
 */
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { today as todayUtc } from '../../lib/dates';
import { digestWeeks } from '../../lib/digest';
import { isPublished } from '../../lib/entries';
import { digestPath, PATHS, slugOfPermalink } from '../../lib/routes';
import { site } from '../../lib/site';
import { readEntryFiles } from '../author/entry-files';

export interface DueEntry {
  file: string;
  slug: string;
  date: string;
}

/** Published by `today` and missing from the live site; with no live list, dated `today`. */
export function dueEntries(postsDir: string, live: ReadonlySet<string> | undefined, today: string): DueEntry[] {
  const shown = live ?? new Set<string>();
  return readEntryFiles(postsDir).flatMap(({ file, slug, date, draft }) => {
    if (date === undefined || !isPublished({ date, draft }, today)) return [];
    const due = live ? !shown.has(slug) : date === today;
    return due ? [{ file, slug, date }] : [];
  });
}

/**
 * The newest complete week with entries, when the live digest (its feed's week paths) lacks
 * it; with no live feed, when that week ended yesterday (today is its Monday).
 */
export function dueWeek(postsDir: string, liveWeeks: ReadonlySet<string> | undefined, today: string): string | undefined {
  const published = readEntryFiles(postsDir)
    .filter((entry): entry is typeof entry & { date: string } => entry.date !== undefined && isPublished({ date: entry.date, draft: entry.draft }, today))
    .sort((a, b) => b.date.localeCompare(a.date));
  const [newest] = digestWeeks(published, today);
  if (!newest) return undefined;
  const due = liveWeeks ? !liveWeeks.has(digestPath(newest.id)) : newest.sunday === new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return due ? newest.id : undefined;
}

/** The week pages the live digest feed names, or undefined when it cannot be read. */
async function liveWeeks(siteUrl: string): Promise<Set<string> | undefined> {
  try {
    const response = await fetch(`${siteUrl}${PATHS.digestFeed}`, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    return new Set([...(await response.text()).matchAll(/<guid[^>]*>[^<]*?(\/digest\/\d{4}-w\d{2})<\/guid>/g)].map(([, path]) => path));
  } catch (error) {
    console.log(`${siteUrl}${PATHS.digestFeed} ${(error as Error).message}: counting a week that ended yesterday instead.`);
    return undefined;
  }
}

/** The slugs of the entries the live sitemap lists, or undefined when it cannot be read. */
async function liveSlugs(siteUrl: string): Promise<Set<string> | undefined> {
  try {
    const response = await fetch(`${siteUrl}${PATHS.sitemap}`, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    const paths = [...(await response.text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, url]) => new URL(url, siteUrl).pathname);
    if (paths.length === 0) throw new Error('lists no page');
    return new Set(paths.flatMap((path) => slugOfPermalink(path) ?? []));
  } catch (error) {
    console.log(`${siteUrl}${PATHS.sitemap} ${(error as Error).message}: counting the entries dated today instead.`);
    return undefined;
  }
}

async function main() {
  const { values } = parseArgs({ options: { site: { type: 'string' } } });
  const siteUrl = (values.site || site.url).replace(/\/+$/, '');
  const today = todayUtc();
  const due = dueEntries('content/posts', await liveSlugs(siteUrl), today);
  const week = dueWeek('content/posts', await liveWeeks(siteUrl), today);
  for (const entry of due) console.log(`${entry.file} (${entry.date}) is due and not on ${siteUrl} yet.`);
  if (week) console.log(`The digest of ${week.toUpperCase()} is due: the week is over and ${siteUrl} does not have it yet.`);
  if (due.length === 0 && !week) console.log(`Nothing due on ${today}: ${siteUrl} shows every entry whose day has come, and every week that has ended.`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `due=${due.length + (week ? 1 : 0)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
