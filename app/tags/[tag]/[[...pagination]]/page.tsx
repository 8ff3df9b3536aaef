import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NarrowByTag } from '@/components/NarrowByTag';
import { PostList } from '@/components/PostList';
import { pageFromSegments, pageHref, tagFeedPath, tagPath } from '@/lib/routes';
import { pageMetadata } from '@/lib/metadata';
import { listParamsToRender } from '@/lib/build-plan';
import { getTagInfo, getTagPostsPage, getTags, getTagsBeside, tagDescription } from '@/lib/posts';
import { site } from '@/lib/site';

type Props = { params: Promise<{ tag: string; pagination?: string[] }> };

export const dynamicParams = false;

/** `/tags/<tag>` is page 1 of that tag's entries; `/tags/<tag>/page/2`, … follow, less the pages the build copies from its cache (lib/page-cache.ts). */
export function generateStaticParams() {
  return getTags().flatMap(({ tag, count }) => listParamsToRender(tagPath(tag), count).map((params) => ({ tag, ...params })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, pagination } = await params;
  const page = pageFromSegments(pagination) ?? 1;
  return pageMetadata({
    title: page === 1 ? `#${tag}` : `#${tag}, page ${page}`,
    description: tagDescription(tag),
    path: pageHref(tagPath(tag), page),
    feeds: [{ title: `${site.name}: #${tag} (RSS)`, path: tagFeedPath(tag) }],
  });
}

export default async function TagPage({ params }: Props) {
  const { tag, pagination } = await params;
  const list = getTagPostsPage(tag, pageFromSegments(pagination) ?? NaN);
  if (!list) notFound();
  const info = getTagInfo(tag);
  return (
    <PostList
      heading={
        <>
          {info?.title ?? tag} <span className="font-normal text-zinc-600 dark:text-zinc-400">#{tag}</span>
        </>
      }
      intro={info?.description}
      narrow={<NarrowByTag tag={tag} beside={getTagsBeside(tag)} />}
      base={tagPath(tag)}
      list={list}
    />
  );
}
