import type { MetadataRoute } from 'next';
import { today } from '@/lib/dates';
import { getPosts, getReadingLists } from '@/lib/posts';
import { absoluteUrl, site } from '@/lib/site';
import { sitemapPages } from '@/lib/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPages(getPosts(), today(), site.pageSize, site.listPageSize, getReadingLists()).map(({ path, lastModified }) => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  }));
}
