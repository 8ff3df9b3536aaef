/** The site's feeds as prerendered HTTP responses; where they live is lib/feed-paths.ts. */
import { FEED_TYPES, type FeedFormat, SITE_FEEDS, tagFeedPath } from './feed-paths';
import { atom, type FeedInfo, jsonFeed, rss } from './feeds';
import { getPosts, getTagInfo, getTagPosts } from './posts';
import { absoluteUrl, site } from './site';

const RENDERERS: Record<FeedFormat, typeof rss> = { rss, atom, json: jsonFeed };

function feedResponse(format: FeedFormat, info: Omit<FeedInfo, 'siteUrl' | 'language' | 'author'>, posts: ReturnType<typeof getPosts>) {
  const entries = posts.map((post) => ({ ...post, permalink: absoluteUrl(post.permalink), commentaryHtml: post.body.html }));
  const body = RENDERERS[format]({ ...info, siteUrl: site.url, language: site.language, author: site.author }, entries);
  return new Response(body, { headers: { 'Content-Type': `${FEED_TYPES[format]}; charset=utf-8` } });
}

export function siteFeed(format: FeedFormat): Response {
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
      description: getTagInfo(tag)?.description ?? `Links about ${tag} on ${site.name}.`,
      homeUrl: absoluteUrl(`/tags/${tag}`),
      selfUrl: absoluteUrl(tagFeedPath(tag)),
    },
    getTagPosts(tag),
  );
}
