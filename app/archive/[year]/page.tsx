import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveMonth } from '@/components/ArchiveMonth';
import { linkCount } from '@/components/CountList';
import { PageHeading } from '@/components/PageHeading';
import { TextLink } from '@/components/TextLink';
import { toRender } from '@/lib/build-cache/plan';
import { pageMetadata } from '@/lib/metadata';
import { getArchiveYear, getArchiveYears } from '@/lib/posts';
import { archiveYearPath, PATHS } from '@/lib/routes';

type Props = { params: Promise<{ year: string }> };

export const dynamicParams = false;

/** Every year with entries, less the pages the build copies from its cache. */
export function generateStaticParams() {
  return getArchiveYears()
    .filter(({ year }) => toRender(archiveYearPath(year)))
    .map(({ year }) => ({ year: String(year) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = Number((await params).year);
  return pageMetadata({ title: `Archive of ${year}`, description: `Every link shared on Distributed Bytes in ${year}, by month.`, path: archiveYearPath(year) });
}

/** One year of the archive: every entry shared in it, by month, newest first. */
export default async function ArchiveYearPage({ params }: Props) {
  const archive = getArchiveYear(Number((await params).year));
  if (!archive) notFound();
  return (
    <>
      <PageHeading>{archive.year}</PageHeading>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {linkCount(archive.count)}, newest first. <TextLink href={PATHS.archive}>All years</TextLink>.
      </p>
      {archive.months.map(({ month, entries }) => (
        <ArchiveMonth key={month} year={archive.year} month={month} entries={entries} />
      ))}
    </>
  );
}
