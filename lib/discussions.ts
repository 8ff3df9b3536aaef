/**
 * Where an entry was discussed: threads on Hacker News, Lobsters, Reddit or elsewhere, as the
 * `discussions` field records them. The pages, the feeds and the checks use it.
 */
import { isAbsoluteHttpUrl } from './url';

export interface Discussion {
  /** The thread's address. */
  url: string;
  /** The thread's title, as recorded. */
  title?: string;
  /** How many comments it had when recorded. */
  comments?: number;
  /** YYYY-MM-DD: when the count was recorded. */
  recorded?: string;
}

/** An entry lists at most this many threads: the ones worth reading, not every repost. */
export const MAX_DISCUSSIONS = 5;

/** More comments than any thread has had (Reddit's largest hold a few hundred thousand): a count past it is a mistake. */
export const MAX_COMMENTS = 1_000_000;

/** A comment count as recorded: a whole number from 0 to MAX_COMMENTS, exact (no 1e300, no 2^53 + 1). */
export const isCommentCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COMMENTS;

/** A thread's address as one thread: `https://Lobste.rs/s/a/` and `https://lobste.rs/s/a` are the same. */
export const threadKey = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
};

/** "Hacker News", "Lobsters", "Reddit r/programming", or the host name of anywhere else. */
export function discussionSite(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const host = parsed.hostname.replace(/^www\./, '');
  if (host === 'news.ycombinator.com') return 'Hacker News';
  if (host === 'lobste.rs') return 'Lobsters';
  const subreddit = /^\/r\/([A-Za-z0-9_]+)/.exec(parsed.pathname)?.[1];
  if (/(^|\.)reddit\.com$/.test(host)) return subreddit ? `Reddit r/${subreddit}` : 'Reddit';
  return host;
}

/**
 * The field as written (addresses, or `{ url, title, comments, recorded }`) as threads; what is
 * not one, or not an http(s) address, is left out even if the check was skipped.
 */
export function discussionsOf(value: unknown): Discussion[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Discussion[] => {
    if (typeof item === 'string') return isAbsoluteHttpUrl(item) ? [{ url: item }] : [];
    if (!item || typeof item !== 'object' || typeof (item as Discussion).url !== 'string') return [];
    const { url, title, comments, recorded } = item as Record<string, unknown>;
    if (!isAbsoluteHttpUrl(url as string)) return [];
    return [
      {
        url: url as string,
        ...(typeof title === 'string' ? { title } : {}),
        ...(isCommentCount(comments) ? { comments } : {}),
        ...(typeof recorded === 'string' ? { recorded } : {}),
      },
    ];
  });
}
