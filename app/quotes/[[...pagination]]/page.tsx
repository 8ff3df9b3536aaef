import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { pageMetadata } from '@/lib/metadata';
import { paginationParams } from '@/lib/pagination';
import { getQuotations, getQuotationsPage } from '@/lib/posts';
import { pageFromSegments, pageHref, PATHS } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ pagination?: string[] }> };

export const dynamicParams = false;

/** `/quotes` is page 1 of the quotations; `/quotes/page/2`, … follow. */
export function generateStaticParams() {
  return paginationParams(getQuotations().length, site.listPageSize);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromSegments((await params).pagination) ?? 1;
  return pageMetadata({
    title: page === 1 ? 'Quotations' : `Quotations, page ${page}`,
    description: `Passages worth reading twice, with their sources, from ${site.name}.`,
    path: pageHref(PATHS.quotes, page),
    feeds: [{ title: `${site.name}: quotations (RSS)`, path: PATHS.quotesFeed }],
  });
}

export default async function QuotationsPage({ params }: Props) {
  const list = getQuotationsPage(pageFromSegments((await params).pagination) ?? NaN);
  if (!list) notFound();
  return <PostList heading="Quotations" intro="Passages worth reading twice, each with who said it and where." base={PATHS.quotes} list={list} />;
}
