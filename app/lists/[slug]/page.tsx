import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/PageHeading';
import { ReadingListPath } from '@/components/ReadingListPath';
import { pageMetadata } from '@/lib/metadata';
import { getReadingList, getReadingLists } from '@/lib/posts';
import { listFeedPath, listImagePath, listPath } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getReadingLists().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const list = getReadingList((await params).slug) ?? notFound();
  return pageMetadata({
    title: list.title,
    description: list.description,
    path: listPath(list.slug),
    image: listImagePath(list.slug),
    feeds: [{ title: `${site.name}: ${list.title} (RSS)`, path: listFeedPath(list.slug) }],
  });
}

export default async function ReadingListPage({ params }: Props) {
  const list = getReadingList((await params).slug) ?? notFound();
  return (
    <>
      <PageHeading>{list.title}</PageHeading>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{list.description}</p>
      <ReadingListPath list={list} />
    </>
  );
}
