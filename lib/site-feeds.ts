/** The site's feeds: where they live, and their prerendered HTTP responses. */
import { atom, type FeedInfo, jsonFeed, rss } from './feeds';
import { getPosts, getTagPosts } from './posts';
import { absoluteUrl, site } from './site';

const FORMATS = {
  rss: { render: rss, type: 'application/rss+xml' },
  atom: { render: atom, type: 'application/atom+xml' },
  json: { render: jsonFeed, type: 'application/feed+json' },
} as const;

type Format = keyof typeof FORMATS;

/** The site-wide feeds, announced on every page. */
export const SITE_FEEDS: { format: Format; path: string; title: string; type: string }[] = [
  { format: 'rss', path: '/feed.xml', title: `${site.name} (RSS)`, type: FORMATS.rss.type },
  { format: 'atom', path: '/atom.xml', title: `${site.name} (Atom)`, type: FORMATS.atom.type },
  { format: 'json', path: '/feed.json', title: `${site.name} (JSON Feed)`, type: FORMATS.json.type },
];

export const tagFeedPath = (tag: string) => `/tags/${tag}/feed.xml`;

function feedResponse(format: Format, info: Omit<FeedInfo, 'siteUrl' | 'language' | 'author'>, posts: ReturnType<typeof getPosts>) {
  const entries = posts.map((post) => ({ ...post, permalink: absoluteUrl(post.permalink) }));
  const body = FORMATS[format].render({ ...info, siteUrl: site.url, language: site.language, author: site.author }, entries);
  return new Response(body, { headers: { 'Content-Type': `${FORMATS[format].type}; charset=utf-8` } });
}

export function siteFeed(format: Format): Response {
  const { path } = SITE_FEEDS.find((feed) => feed.format === format)!;
  return feedResponse(
    format,
    { title: site.name, description: site.tagline, homeUrl: absoluteUrl('/'), selfUrl: absoluteUrl(path) },
    getPosts(),
  );
}

export function tagFeed(tag: string): Response {
  return feedResponse(
    'rss',
    {
      title: `${site.name}: #${tag}`,
      description: `Links about ${tag} on ${site.name}.`,
      homeUrl: absoluteUrl(`/tags/${tag}`),
      selfUrl: absoluteUrl(tagFeedPath(tag)),
    },
    getTagPosts(tag),
  );
}
