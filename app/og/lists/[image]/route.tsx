import { shareImage } from '@/components/ShareImage';
import { getReadingList, getReadingLists } from '@/lib/posts';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ image: string }> };

// As the entries' share images: a route handler, its ".png" naming the exported file.
export function generateStaticParams() {
  return getReadingLists().map(({ slug }) => ({ image: `${slug}.png` }));
}

export async function GET(_request: Request, { params }: Params) {
  const list = getReadingList((await params).image.replace(/\.png$/, ''));
  if (!list) return new Response('Not found', { status: 404 });
  return shareImage({ title: list.title, kicker: `Reading list · ${list.steps.length} steps` });
}
