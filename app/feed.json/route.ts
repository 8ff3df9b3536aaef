import { siteFeed } from '@/lib/feeds/site';

export const dynamic = 'force-static';

export function GET() {
  return siteFeed('json');
}
