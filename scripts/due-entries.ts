/**
 * `npm run due -- [--site <url>]`: the entries whose day has come but which the deployed site
 * (SITE_URL by default) does not show yet, read from its `/share/entries.json`. Prints one
 * line per entry and, under GitHub Actions, `due=<count>` for the daily rebuild's next step,
 * which deploys only when it is not 0. When the site cannot be read, the entries dated today
 * count as due: a deployment too many only rebuilds the same pages.
 */
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ShareIndex } from '../lib/content/share';
import { today as todayUtc } from '../lib/dates';
import { isPublished } from '../lib/entries';
import { PATHS } from '../lib/routes';
import { site } from '../lib/site';
import { readEntryFiles } from './entry-files';

export interface DueEntry {
  file: string;
  slug: string;
  date: string;
}

/** Published by `today` and missing from the live site; with no live list, dated `today`. */
export function dueEntries(postsDir: string, live: ShareIndex | undefined, today: string): DueEntry[] {
  const shown = new Set(live?.slugs ?? []);
  return readEntryFiles(postsDir).flatMap(({ file, slug, date, draft }) => {
    if (date === undefined || !isPublished({ date, draft }, today)) return [];
    const due = live ? !shown.has(slug) : date === today;
    return due ? [{ file, slug, date }] : [];
  });
}

async function liveIndex(siteUrl: string): Promise<ShareIndex | undefined> {
  try {
    const response = await fetch(`${siteUrl}${PATHS.shareIndex}`, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    const index = (await response.json()) as ShareIndex;
    if (!Array.isArray(index.slugs)) throw new Error('has no list of slugs');
    return index;
  } catch (error) {
    console.log(`${siteUrl}${PATHS.shareIndex} ${(error as Error).message}: counting the entries dated today instead.`);
    return undefined;
  }
}

async function main() {
  const { values } = parseArgs({ options: { site: { type: 'string' } } });
  const siteUrl = (values.site || site.url).replace(/\/+$/, '');
  const today = todayUtc();
  const due = dueEntries('content/posts', await liveIndex(siteUrl), today);
  for (const entry of due) console.log(`${entry.file} (${entry.date}) is due and not on ${siteUrl} yet.`);
  if (due.length === 0) console.log(`Nothing due on ${today}: ${siteUrl} shows every entry whose day has come.`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `due=${due.length}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
