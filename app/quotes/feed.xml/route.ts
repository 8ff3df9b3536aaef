import { quotationsFeed } from '@/lib/feeds/site';

export const dynamic = 'force-static';

export function GET() {
  return quotationsFeed();
}
