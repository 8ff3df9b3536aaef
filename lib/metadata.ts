/**
 * Every page's metadata comes from here, because Next.js replaces (not merges) a layout's
 * `openGraph`, `twitter` and `alternates` when a page sets its own: one helper keeps the
 * canonical URL, the cards and the feed links complete on every page.
 */
import type { Metadata } from 'next';
import { SITE_FEEDS } from './feed-paths';
import { absoluteUrl, site } from './site';

export const SITE_IMAGE = '/og/site.png';
export const postImage = (slug: string) => `/og/posts/${slug}.png`;

interface PageMetadata {
  /** Without the " · Distributed Bytes" suffix; omit for the home page. */
  title?: string;
  description: string;
  /** The page's path, made absolute with the site URL for the canonical link and og:url. */
  path: string;
  image?: string;
  /** Feeds of this page beyond the site-wide ones (a tag's own feed). */
  feeds?: { title: string; path: string }[];
  article?: { publishedTime: string; tags: string[] };
}

export function pageMetadata({ title, description, path, image = SITE_IMAGE, feeds = [], article }: PageMetadata): Metadata {
  const images = [{ url: image, width: 1200, height: 630, alt: title ?? site.name }];
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const feed of [...feeds.map((feed) => ({ ...feed, type: 'application/rss+xml' })), ...SITE_FEEDS]) {
    const type = feed.type.split(';')[0];
    (types[type] ??= []).push({ url: feed.path, title: feed.title });
  }
  return {
    title: title ?? { absolute: site.name },
    description,
    alternates: { canonical: absoluteUrl(path), types },
    openGraph: {
      title: title ?? site.name,
      description,
      url: absoluteUrl(path),
      siteName: site.name,
      locale: 'en_GB',
      images,
      ...(article
        ? { type: 'article', publishedTime: article.publishedTime, tags: article.tags, authors: [site.author] }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: title ?? site.name, description, images },
  };
}
