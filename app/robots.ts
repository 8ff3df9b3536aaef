import type { MetadataRoute } from 'next';
import { PATHS } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: PATHS.home }, sitemap: absoluteUrl(PATHS.sitemap) };
}
