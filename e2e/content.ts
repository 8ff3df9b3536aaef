/**
 * What the tests expect, read straight from content/ rather than through the site's own
 * lib/posts.ts, so a bug there cannot make the expectations agree with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseFrontMatter } from '../lib/content/frontmatter';
import { slugOfFile } from '../lib/routes';
import { isoWeekOf, weekDays, weekId } from '../lib/weeks';

export interface ExpectedEntry {
  slug: string;
  title: string;
  url: string;
  date: string;
  tags: string[];
  kind: string;
  hostname: string;
  description: string;
  commentary: string;
  /** A quotation's words (Markdown) and who said them; absent on a link. */
  quote?: string;
  by?: string;
}

function load(): ExpectedEntry[] {
  const today = new Date().toISOString().slice(0, 10);
  return readdirSync('content/posts')
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(`content/posts/${name}`, 'utf8');
      const parsed = parseFrontMatter(source);
      if ('error' in parsed) throw new Error(`${name}: ${parsed.error}`);
      const data = parsed.data as Record<string, unknown>;
      const quote = typeof data.quote === 'string' ? data.quote : undefined;
      return {
        slug: slugOfFile(name),
        // A quotation's title, when not given, is "Quoting <who>" (README, Add a link).
        title: String(data.title ?? `Quoting ${data.by}`),
        ...(quote ? { quote, by: String(data.by) } : {}),
        url: String(data.url),
        date: String(data.date),
        tags: (data.tags as string[] | undefined) ?? [],
        // A quotation is a kind of its own (README, Add a link); a link is of the kind it names.
        kind: quote ? 'quotation' : String(data.kind ?? 'article'),
        hostname: new URL(String(data.url)).hostname.replace(/^www\./, ''),
        description: String(data.description ?? quote?.replace(/\s+/g, ' ').trim()),
        draft: data.draft === true,
        commentary: parsed.body.trim(),
      };
    })
    .filter((entry) => !entry.draft && entry.date <= today)
    .sort((a, b) => (a.date === b.date ? a.title.localeCompare(b.title) : a.date < b.date ? 1 : -1));
}

/** Every published entry, newest first. */
export const entries = load();

export const tags = [...new Set(entries.flatMap((entry) => entry.tags))].sort();

/** The first plain words of a Markdown body, to look for on the rendered page. */
export function firstWords(markdown: string, count = 5): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, count)
    .join(' ');
}

/** content/tags.yml: each tag's title and description, by name. */
export const tagInfo: Map<string, { title: string; description: string }> = new Map(
  (parse(readFileSync('content/tags.yml', 'utf8')) as { tags: { name: string; title: string; description: string }[] }).tags.map(
    ({ name, ...info }) => [name, info],
  ),
);

/** The digest's weeks: each complete ISO week with entries, newest first, its entries oldest first. */
export const digestWeeks: { id: string; entries: ExpectedEntry[] }[] = (() => {
  const today = new Date().toISOString().slice(0, 10);
  const weeks = new Map<string, ExpectedEntry[]>();
  for (const entry of [...entries].reverse()) {
    const week = isoWeekOf(entry.date);
    if (weekDays(week).sunday >= today) continue;
    weeks.set(weekId(week), [...(weeks.get(weekId(week)) ?? []), entry]);
  }
  return [...weeks].map(([id, list]) => ({ id, entries: list })).sort((a, b) => (a.id < b.id ? 1 : -1));
})();

const withCommentary = entries.find((entry) => entry.commentary) ?? entries[0];
const weekWithCommentary = digestWeeks.find((week) => week.entries.some((entry) => entry.commentary)) ?? digestWeeks[0];

/** content/lists/*.yml as written: each list's steps (entries by slug, and notes) in order. */
export const readingLists: { slug: string; title: string; description: string; steps: { entry: string; note: string }[] }[] = readdirSync('content/lists')
  .filter((name) => name.endsWith('.yml'))
  .sort()
  .map((name) => {
    const { title, description, steps } = parse(readFileSync(`content/lists/${name}`, 'utf8')) as { title: string; description: string; steps: ({ entry: string; note: string } | { section: string })[] };
    return { slug: name.replace(/\.yml$/, ''), title, description, steps: steps.filter((step): step is { entry: string; note: string } => 'entry' in step) };
  });

/** One address of every page type. */
export const pageTypes = {
  home: '/',
  'older page': '/page/1',
  entry: `/posts/${withCommentary.slug}`,
  tags: '/tags',
  tag: `/tags/${tags[0]}`,
  archive: '/archive',
  kind: `/kinds/${entries.find((entry) => !entry.quote)!.kind}`,
  domain: `/domains/${entries[0].hostname}`,
  sources: '/domains',
  search: '/search?q=consensus',
  digest: '/digest',
  'digest week': `/digest/${weekWithCommentary.id}`,
  quotation: `/posts/${(entries.find((entry) => entry.quote) ?? entries[0]).slug}`,
  quotations: '/quotes',
  'reading lists': '/lists',
  'reading list': `/lists/${readingLists[0].slug}`,
  about: '/about',
  'not found': '/no-such-page',
};
