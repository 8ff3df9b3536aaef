/**
 * Where the feeds live. Apart from the feeds' rendering (lib/site-feeds.ts), so the content
 * check can accept links to them before Contentlayer has produced any entry.
 */
import { site } from './site';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** The site-wide feeds, announced on every page. */
export const SITE_FEEDS: { format: FeedFormat; path: string; title: string; type: string }[] = [
  { format: 'rss', path: '/feed.xml', title: `${site.name} (RSS)`, type: FEED_TYPES.rss },
  { format: 'atom', path: '/atom.xml', title: `${site.name} (Atom)`, type: FEED_TYPES.atom },
  { format: 'json', path: '/feed.json', title: `${site.name} (JSON Feed)`, type: FEED_TYPES.json },
];

export const tagFeedPath = (tag: string) => `/tags/${tag}/feed.xml`;
