import type { Metadata } from 'next';
import { monthAnchor } from '@/components/ArchiveMonth';
import { linkCount } from '@/components/CountList';
import { PageHeading } from '@/components/PageHeading';
import { TextLink } from '@/components/TextLink';
import { monthName } from '@/lib/dates';
import { KIND_PLURALS } from '@/lib/kinds';
import { pageMetadata } from '@/lib/metadata';
import { getArchiveYears, getKinds, getPosts } from '@/lib/posts';
import { archiveYearPath, kindPath, PATHS } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Archive',
  description: 'Every link shared on Distributed Bytes, by year and month.',
  path: PATHS.archive,
});

/** The archive's index: each year and its months, with counts; the entries are on the year pages. */
export default function ArchivePage() {
  return (
    <>
      <PageHeading>Archive</PageHeading>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {linkCount(getPosts().length)}, newest first. By kind:{' '}
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
      <ul className="mt-6 space-y-4">
        {getArchiveYears().map(({ year, count, months }) => (
          <li key={year}>
            <h2 className="text-xl font-bold text-zinc-900 dark:text-zinc-50">
              <TextLink href={archiveYearPath(year)} offset={2}>
                {year}
              </TextLink>{' '}
              <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">{linkCount(count)}</span>
            </h2>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
              {months.map(({ month, count: inMonth }, index) => (
                <span key={month}>
                  {index > 0 && ' · '}
                  <a href={`${archiveYearPath(year)}#${monthAnchor(year, month)}`} className="underline underline-offset-2">
                    {monthName(month)}
                  </a>{' '}
                  ({inMonth})
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
