import { readingListFeed } from '@/lib/feeds/site';
import { getReadingLists } from '@/lib/posts';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getReadingLists().map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return readingListFeed((await params).slug);
}
