import { shareIndex } from '@/lib/content/share';
import { getPosts } from '@/lib/posts';

export const dynamic = 'force-static';

/** What the share page checks a new link against, fetched when it opens (lib/content/share.ts). */
export function GET() {
  return Response.json(shareIndex(getPosts()));
}
