/**
 * Where a link was discussed, from the answers of Hacker News' search API (Algolia) and of
 * Lobsters' JSON: the most discussed thread of the same page on each, with at least one
 * comment. The answers are input from the network: a thread's address is built here from its
 * id, never taken from the answer, and its title is cleaned and cut. Used by `npm run new` and
 * by the share page in the browser.
 */
import { INVISIBLE_FORMATTING } from './validation';
import { type Discussion, isCommentCount } from '../discussions';
import { fitText } from '../fit-text';
import { canonicalUrl } from './integrity';

export const HACKER_NEWS = {
  name: 'Hacker News',
  api: 'https://hn.algolia.com/api/v1',
  /** Its search, for a reader to open by hand. */
  searchPage: (url: string) => `https://hn.algolia.com/?query=${encodeURIComponent(url)}&type=story`,
  query: (api: string, url: string) => `${api}/search?query=${encodeURIComponent(url)}&restrictSearchableAttributes=url&hitsPerPage=50`,
};

export const LOBSTERS = {
  name: 'Lobsters',
  site: 'https://lobste.rs',
  searchPage: (url: string) => `https://lobste.rs/search?q=${encodeURIComponent(url)}&what=stories`,
  query: (site: string, url: string) => `${site}/stories/url/all.json?url=${encodeURIComponent(url)}`,
};

/** An answer that is not what the service documents. */
export class UnexpectedAnswer extends Error {}

const title = (value: unknown) =>
  typeof value === 'string' ? fitText(value.replace(new RegExp(INVISIBLE_FORMATTING, 'gu'), '').replace(/[\s\p{Cc}]+/gu, ' ').trim(), 200) || undefined : undefined;

function samePage(a: unknown, b: string): boolean {
  try {
    return typeof a === 'string' && canonicalUrl(a) === canonicalUrl(b);
  } catch {
    return false;
  }
}

/** A count as the check accepts it (lib/discussions.ts), or 0: a service's answer is held to the same bound as an author's. */
const comments = (value: unknown) => (isCommentCount(value) ? value : 0);

/** The candidate with the most comments, as a thread. */
function mostDiscussed(candidates: { id: string; count: number; title: unknown }[], address: (id: string) => string, today: string): Discussion | undefined {
  const [best] = candidates.filter(({ count }) => count > 0).sort((a, b) => b.count - a.count);
  if (!best) return undefined;
  const name = title(best.title);
  return { url: address(best.id), ...(name ? { title: name } : {}), comments: best.count, recorded: today };
}

/** Hacker News' search answer → its most discussed thread of `url`. */
export function hackerNewsThread(answer: unknown, url: string, today: string): Discussion | undefined {
  const hits = (answer as { hits?: unknown } | null)?.hits;
  if (!Array.isArray(hits)) throw new UnexpectedAnswer('an answer without a list of hits');
  const candidates = hits
    .filter((hit) => typeof hit?.objectID === 'string' && /^\d+$/.test(hit.objectID) && samePage(hit.url, url))
    .map((hit) => ({ id: hit.objectID as string, count: comments(hit.num_comments), title: hit.title }));
  return mostDiscussed(candidates, (id) => `https://news.ycombinator.com/item?id=${id}`, today);
}

/** Lobsters' answer (a list of stories) → its most discussed thread of `url`. */
export function lobstersThread(answer: unknown, url: string, today: string): Discussion | undefined {
  if (!Array.isArray(answer)) throw new UnexpectedAnswer('an answer that is not a list of stories');
  const candidates = answer
    .filter((story) => typeof story?.short_id === 'string' && /^[a-z0-9]{1,12}$/.test(story.short_id) && samePage(story.url, url))
    .map((story) => ({ id: story.short_id as string, count: comments(story.comment_count), title: story.title }));
  return mostDiscussed(candidates, (id) => `https://lobste.rs/s/${id}`, today);
}
