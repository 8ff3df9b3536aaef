/** The site's feeds: the ones every page announces, and each as a prerendered HTTP response. */
import { KIND_LABELS } from '../kinds';
import { getDigestWeeks, getKindPosts, getPosts, getReadingList, getTagPosts, type Post, tagDescription } from '../posts';
import { listFeedPath, listPath, PATHS, tagFeedPath, tagPath } from '../routes';
import { absoluteUrl, site } from '../site';
import { type DigestEntry, digestRss } from './digest';
import { atom, FEED_TYPES, type FeedFormat, type FeedInfo, jsonFeed, rss } from './formats';

/** The site-wide feeds, announced on every page. */
export const SITE_FEEDS: { format: FeedFormat; path: string; title: string; type: string }[] = [
  { format: 'rss', path: PATHS.rss, title: `${site.name} (RSS)`, type: FEED_TYPES.rss },
  { format: 'atom', path: PATHS.atom, title: `${site.name} (Atom)`, type: FEED_TYPES.atom },
  { format: 'json', path: PATHS.jsonFeed, title: `${site.name} (JSON Feed)`, type: FEED_TYPES.json },
];

/** The weekly digest's feed, announced beside them. */
export const DIGEST_FEED = { path: PATHS.digestFeed, title: `${site.name}: the week in links (RSS)`, type: FEED_TYPES.rss };

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

export function quotationsFeed(): Response {
  return feedResponse(
    'rss',
    {
      title: `${site.name}: quotations`,
      description: `Passages worth reading twice, with their sources, from ${site.name}.`,
      homeUrl: absoluteUrl(PATHS.quotes),
      selfUrl: absoluteUrl(PATHS.quotesFeed),
    },
    getKindPosts('quotation'),
  );
}

/** A reading list's feed: its steps' entries, as a feed reader shows any entry. */
export function readingListFeed(slug: string): Response {
  const list = getReadingList(slug);
  if (!list) return new Response('Not found', { status: 404 });
  return feedResponse(
    'rss',
    { title: `${site.name}: ${list.title}`, description: list.description, homeUrl: absoluteUrl(listPath(slug)), selfUrl: absoluteUrl(listFeedPath(slug)) },
    list.steps.map(({ entry }) => entry),
  );
}

export function tagFeed(tag: string): Response {
  return feedResponse(
    'rss',
    {
      title: `${site.name}: #${tag}`,
      description: tagDescription(tag),
      homeUrl: absoluteUrl(tagPath(tag)),
      selfUrl: absoluteUrl(tagFeedPath(tag)),
    },
    getTagPosts(tag),
  );
}

/** An entry as the digest shows it: in feeds, email and `npm run digest`. */
export function digestEntryOf(post: Post): DigestEntry {
  return {
    ...post,
    permalink: absoluteUrl(post.permalink),
    commentaryHtml: post.body.html,
    commentaryMarkdown: post.body.raw,
    kind: KIND_LABELS[post.kind],
  };
}

/** The digest's weeks with their entries as the digest shows them. */
export function digestWeeksForFeeds() {
  return getDigestWeeks().map((week) => ({ ...week, entries: week.entries.map(digestEntryOf) }));
}

export function digestFeed(): Response {
  const info: FeedInfo = {
    title: `${site.name}: the week in links`,
    description: `Every link shared on ${site.name} in a week, one item a week, once the week is over.`,
    homeUrl: absoluteUrl(PATHS.digest),
    selfUrl: absoluteUrl(PATHS.digestFeed),
    siteUrl: site.url,
    language: site.language,
    author: site.author,
  };
  return new Response(digestRss(info, digestWeeksForFeeds(), site.name), { headers: { 'Content-Type': `${FEED_TYPES.rss}; charset=utf-8` } });
}
