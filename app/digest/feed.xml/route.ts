import { digestFeed } from '@/lib/feeds/site';

export const dynamic = 'force-static';

export function GET() {
  return digestFeed();
}
