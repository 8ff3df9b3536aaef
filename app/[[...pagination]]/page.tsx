import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { pageCount, pageFromSegments, pageSegments } from '@/lib/entries';
import { getPosts, getPostsPage } from '@/lib/posts';
import { site } from '@/lib/site';

type Props = { params: Promise<{ pagination?: string[] }> };

export const dynamicParams = false;

/** The home page is page 1 of the recent posts; `/page/2`, `/page/3`, … follow. */
export function generateStaticParams() {
  const pages = pageCount(getPosts().length, site.pageSize);
  return Array.from({ length: pages }, (_, i) => ({ pagination: pageSegments(i + 1) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromSegments((await params).pagination);
  return page === 1 ? { title: { absolute: site.name } } : { title: `Recent Posts, page ${page}` };
}

export default async function RecentPostsPage({ params }: Props) {
  const list = getPostsPage(pageFromSegments((await params).pagination) ?? NaN);
  if (!list) notFound();
  return <PostList heading="Recent Posts" base="/" list={list} />;
}
