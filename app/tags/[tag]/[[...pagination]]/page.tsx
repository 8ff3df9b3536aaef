import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NarrowByTag } from '@/components/NarrowByTag';
import { PostList } from '@/components/PostList';
import { pageFromSegments, pageHref, tagFeedPath, tagPath } from '@/lib/routes';
import { pageMetadata } from '@/lib/metadata';
import { listParamsToRender } from '@/lib/build-cache/plan';
import { getTagInfo, getTagPostsPage, getTags, getTagsBeside, tagDescription } from '@/lib/posts';
import { site } from '@/lib/site';

type Props = { params: Promise<{ tag: string; pagination?: string[] }> };

export const dynamicParams = false;

/** `/tags/<tag>` is the newest page of that tag's entries; `/tags/<tag>/page/1` the oldest, …, less the pages the build copies from its cache (lib/build-cache/pages.ts). */
export function generateStaticParams() {
  return getTags().flatMap(({ tag, count }) => listParamsToRender(tagPath(tag), count).map((params) => ({ tag, ...params })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, pagination } = await params;
  const page = pageFromSegments(pagination) ?? 'newest';
  return pageMetadata({
    title: page === 'newest' ? `#${tag}` : `#${tag}, page ${page}`,
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
      // Only on the newest page: its counts change with every entry, and an older page stays as it was.
      narrow={list.newest && <NarrowByTag tag={tag} beside={getTagsBeside(tag)} />}
      base={tagPath(tag)}
      list={list}
    />
  );
}
