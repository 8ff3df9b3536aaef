import { shareImage } from '@/components/ShareImage';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

export function GET() {
  return shareImage({ title: site.tagline });
}
