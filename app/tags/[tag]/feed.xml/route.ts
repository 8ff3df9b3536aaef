import { getTags } from '@/lib/posts';
import { tagFeed } from '@/lib/feeds/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map(({ tag }) => ({ tag }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return tagFeed((await params).tag);
}
