import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { domainPath, pageFromSegments, pageHref } from '@/lib/routes';
import { pageMetadata } from '@/lib/metadata';
import { listParamsToRender } from '@/lib/build-cache/plan';
import { getDomainPostsPage, getDomains } from '@/lib/posts';
import { site } from '@/lib/site';

type Props = { params: Promise<{ hostname: string; pagination?: string[] }> };

export const dynamicParams = false;

/**
 * `/domains/<hostname>` is the newest page of the entries from that site; `/domains/<hostname>/page/1`
 * the oldest, …, less the pages the build copies from its cache (lib/build-cache/pages.ts).
 */
export function generateStaticParams() {
  return getDomains().flatMap(({ hostname, count }) => listParamsToRender(domainPath(hostname), count).map((params) => ({ hostname, ...params })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { hostname, pagination } = await params;
  const page = pageFromSegments(pagination) ?? 'newest';
  return pageMetadata({
    title: page === 'newest' ? `From ${hostname}` : `From ${hostname}, page ${page}`,
    description: `Every link to ${hostname} shared on ${site.name}.`,
    path: pageHref(domainPath(hostname), page),
  });
}

export default async function DomainPage({ params }: Props) {
  const { hostname, pagination } = await params;
  const list = getDomainPostsPage(hostname, pageFromSegments(pagination) ?? NaN) ?? notFound();
  return <PostList heading={<>From {hostname}</>} base={domainPath(hostname)} list={list} />;
}
