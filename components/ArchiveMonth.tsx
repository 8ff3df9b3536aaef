import { dayOf, formatDay, monthName } from '@/lib/dates';
import type { Post } from '@/lib/posts';
import { linkCount } from './CountList';
import { EntryLink } from './EntryLink';

/** The id of a month's section on its year's archive page, for links from the archive index. */
export const monthAnchor = (year: number, month: number) => `month-${year}-${month}`;

/** One month of the archive: every entry shared in it, newest first, each with its day. */
export function ArchiveMonth({ year, month, entries }: { year: number; month: number; entries: Post[] }) {
  return (
    <section aria-labelledby={monthAnchor(year, month)} className="mt-6">
      <h2 id={monthAnchor(year, month)} className="font-semibold text-zinc-800 dark:text-zinc-200">
        {monthName(month)} {year} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">{linkCount(entries.length)}</span>
      </h2>
      <ul className="mt-1 space-y-1">
        {entries.map((post) => (
          <li key={post.slug} className="flex gap-3">
            <time dateTime={dayOf(post.date)} className="w-24 shrink-0 text-sm leading-6 text-zinc-600 tabular-nums dark:text-zinc-400">
              {formatDay(post.date)}
            </time>
            <span>
              <EntryLink entry={post} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
