import { siteFeed } from '@/lib/site-feeds';

export const dynamic = 'force-static';

export function GET() {
  return siteFeed('atom');
}
