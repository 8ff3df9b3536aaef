import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { pageMetadata } from '@/lib/metadata';
import { listParamsToRender } from '@/lib/build-cache/plan';
import { getKindPostsPage, getKinds } from '@/lib/posts';
import { kindPath, pageFromSegments, pageHref, PATHS } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ pagination?: string[] }> };

export const dynamicParams = false;

/** `/quotes` is the newest page of the quotations (the quotation kind's list); `/quotes/page/1` the oldest, …, less the pages the build copies from its cache. */
export function generateStaticParams() {
  return listParamsToRender(kindPath('quotation'), getKinds().find(({ kind }) => kind === 'quotation')?.count ?? 0);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromSegments((await params).pagination) ?? 'newest';
  return pageMetadata({
    title: page === 'newest' ? 'Quotations' : `Quotations, page ${page}`,
    description: `Passages worth reading twice, with their sources, from ${site.name}.`,
    path: pageHref(PATHS.quotes, page),
    feeds: [{ title: `${site.name}: quotations (RSS)`, path: PATHS.quotesFeed }],
  });
}

export default async function QuotationsPage({ params }: Props) {
  const list = getKindPostsPage('quotation', pageFromSegments((await params).pagination) ?? NaN);
  if (!list) notFound();
  return <PostList heading="Quotations" intro="Passages worth reading twice, each with who said it and where." base={PATHS.quotes} list={list} />;
}
