import type { MetadataRoute } from 'next';
import { PATHS } from '@/lib/routes';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: site.name,
    description: site.tagline,
    lang: site.language,
    start_url: PATHS.home,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#ffffff',
    icons: [
      { src: PATHS.icon, sizes: 'any', type: 'image/svg+xml' },
      { src: PATHS.appleIcon, sizes: '180x180', type: 'image/png' },
    ],
  };
}
