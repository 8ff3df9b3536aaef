import type { Metadata } from 'next';
import { EntryLink } from '@/components/EntryLink';
import { PageHeading } from '@/components/PageHeading';
import { TextLink } from '@/components/TextLink';
import { dayOf, formatDay, monthName } from '@/lib/dates';
import { KIND_PLURALS } from '@/lib/kinds';
import { pageMetadata } from '@/lib/metadata';
import { getArchive, getKinds, getPosts } from '@/lib/posts';
import { kindPath, PATHS } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Archive',
  description: 'Every link shared on Distributed Bytes, by year and month.',
  path: PATHS.archive,
});

const links = (count: number) => `${count} ${count === 1 ? 'link' : 'links'}`;

export default function ArchivePage() {
  const years = getArchive();
  return (
    <>
      <PageHeading>Archive</PageHeading>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {links(getPosts().length)}, newest first. By kind:{' '}
        {getKinds().map(({ kind, count }, index) => (
          <span key={kind}>
            {index > 0 && ' · '}
            <TextLink href={kindPath(kind)} offset={2}>
              {KIND_PLURALS[kind]}
            </TextLink>{' '}
            ({count})
          </span>
        ))}
        .
      </p>
      {years.map(({ year, count, months }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="text-xl font-bold text-zinc-900 dark:text-zinc-50">
            {year} <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">{links(count)}</span>
          </h2>
          {months.map(({ month, entries }) => (
            <section key={month} aria-labelledby={`month-${year}-${month}`} className="mt-4">
              <h3 id={`month-${year}-${month}`} className="font-semibold text-zinc-800 dark:text-zinc-200">
                {monthName(month)} {year}{' '}
                <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">{links(entries.length)}</span>
              </h3>
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
          ))}
        </section>
      ))}
    </>
  );
}
