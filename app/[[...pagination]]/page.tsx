import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FollowLinks } from '@/components/FollowLinks';
import { PostList } from '@/components/PostList';
import { JsonLd } from '@/components/JsonLd';
import { listParamsToRender } from '@/lib/build-cache/plan';
import { pageFromSegments, pageHref } from '@/lib/routes';
import { pageMetadata } from '@/lib/metadata';
import { getPosts, getPostsPage } from '@/lib/posts';
import { absoluteUrl, site } from '@/lib/site';

type Props = { params: Promise<{ pagination?: string[] }> };

export const dynamicParams = false;

/** The home page is the newest page of the recent posts; `/page/1` the oldest, `/page/2`, … (lib/pagination.ts), less the pages the build copies from its cache. */
export function generateStaticParams() {
  return listParamsToRender('/', getPosts().length, site.pageSize);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromSegments((await params).pagination) ?? 'newest';
  return pageMetadata({
    title: page === 'newest' ? undefined : `Recent Posts, page ${page}`,
    description: site.tagline,
    path: pageHref('/', page),
  });
}

export default async function RecentPostsPage({ params }: Props) {
  const list = getPostsPage(pageFromSegments((await params).pagination) ?? NaN);
  if (!list) notFound();
  return (
    <>
      {list.newest && (
        <JsonLd
          data={{ '@type': 'WebSite', name: site.name, url: absoluteUrl('/'), description: site.tagline, inLanguage: site.language }}
        />
      )}
      <PostList heading="Recent Posts" base="/" list={list} />
      {list.newest && (
        <div className="mt-8 border-t border-zinc-200 pt-6 text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
          <FollowLinks id="home-follow" />
        </div>
      )}
    </>
  );
}
