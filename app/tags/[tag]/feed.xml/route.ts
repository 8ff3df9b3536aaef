import { toRender } from '@/lib/build-cache/plan';
import { getTags } from '@/lib/posts';
import { tagFeedPath } from '@/lib/routes';
import { tagFeed } from '@/lib/feeds/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Every tag's feed, less the ones the build copies from its cache. */
export function generateStaticParams() {
  return getTags()
    .filter(({ tag }) => toRender(tagFeedPath(tag)))
    .map(({ tag }) => ({ tag }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return tagFeed((await params).tag);
}
