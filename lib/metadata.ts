/**
 * Every page's metadata comes from here, because Next.js replaces (not merges) a layout's
 * `openGraph`, `twitter` and `alternates` when a page sets its own: one helper keeps the
 * canonical URL, the cards and the feed links complete on every page.
 */
import type { Metadata } from 'next';
import { dayOf } from './dates';
import { SITE_FEEDS } from './feeds/site';
import type { Post } from './posts';
import { PATHS, postImagePath } from './routes';
import { absoluteUrl, site } from './site';

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

export function pageMetadata({ title, description, path, image = PATHS.siteImage, feeds = [], article }: PageMetadata): Metadata {
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

/** An entry's page: an article with its own share image. */
export function postMetadata(post: Post): Metadata {
  return pageMetadata({
    title: post.title,
    description: post.description,
    path: post.permalink,
    image: postImagePath(post.slug),
    article: { publishedTime: dayOf(post.date), tags: post.tags },
  });
}

/** What a quotation is about: the words, who said them, and where. */
function quotationJsonLd(post: Post) {
  return {
    '@type': 'Quotation',
    text: post.description,
    ...(post.by ? { creator: { '@type': 'Person', name: post.by } } : {}),
    isBasedOn: {
      '@type': 'CreativeWork',
      url: post.url,
      ...(post.site ? { publisher: { '@type': 'Organization', name: post.site } } : {}),
      ...(post.published ? { datePublished: dayOf(post.published) } : {}),
    },
  };
}

/** Structured data for an entry's page: the post, and the work it shares (or the quotation) as what the post is about. */
export function postJsonLd(post: Post) {
  return {
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    url: absoluteUrl(post.permalink),
    mainEntityOfPage: absoluteUrl(post.permalink),
    datePublished: dayOf(post.date),
    image: absoluteUrl(postImagePath(post.slug)),
    keywords: post.tags,
    ...(post.discussions.length > 0 ? { discussionUrl: post.discussions.map((discussion) => discussion.url) } : {}),
    author: { '@type': 'Person', name: site.author },
    publisher: { '@type': 'Organization', name: site.name, url: absoluteUrl(PATHS.home) },
    about: post.quoteHtml ? quotationJsonLd(post) : {
      '@type': 'CreativeWork',
      name: post.title,
      url: post.url,
      ...(post.authors.length > 0 ? { author: post.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
      ...(post.site ? { publisher: { '@type': 'Organization', name: post.site } } : {}),
      ...(post.published ? { datePublished: dayOf(post.published) } : {}),
    },
  };
}
