/**
 * The entries `npm run announce` may post, read from the site's JSON Feed: the deployed site
 * says what readers can see, so nothing is announced before it is live.
 */

/** One entry as an announcement needs it. */
export interface FeedEntry {
  /** The permalink's path, `/posts/<slug>`: the record's key, the same whatever the site's domain. */
  key: string;
  permalink: string;
  /** The shared link. */
  url: string;
  title: string;
  summary: string;
  tags: string[];
  /** YYYY-MM-DD */
  date: string;
  /** A quotation's words and who said them (the feed's `_quotation`); absent on a link. */
  quotation?: { text: string; by: string };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

const isHttpUrl = (value: string | undefined): value is string => {
  try {
    return value !== undefined && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * A JSON Feed's items, oldest first (the order to announce them in). An item without an
 * http(s) permalink, link, title or date is left out and named in `problems`: a feed is input
 * from the network, and a post is never made of half an entry.
 */
export function feedEntries(json: string): { entries: FeedEntry[]; problems: string[] } {
  let feed: unknown;
  try {
    feed = JSON.parse(json);
  } catch (error) {
    throw new Error(`The feed is not JSON: ${(error as Error).message}`);
  }
  const items = (feed as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new Error('The feed has no "items" list: is it a JSON Feed (feed.json)?');
  const entries: FeedEntry[] = [];
  const problems: string[] = [];
  items.forEach((item: Record<string, unknown>, position) => {
    const permalink = text(item?.url) ?? text(item?.id);
    const url = text(item?.external_url);
    const title = text(item?.title)?.trim();
    const date = text(item?.date_published)?.slice(0, 10);
    if (!isHttpUrl(permalink) || !isHttpUrl(url) || !title || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      problems.push(`item ${position + 1} (${JSON.stringify(permalink ?? title ?? null)}) lacks an http(s) url, external_url, title or date_published: skipped`);
      return;
    }
    const quotation = item._quotation as { text?: unknown; by?: unknown } | undefined;
    const words = text(quotation?.text)?.trim();
    const by = text(quotation?.by)?.trim();
    entries.push({
      ...(words && by ? { quotation: { text: words, by } } : {}),
      key: new URL(permalink).pathname,
      permalink,
      url,
      title,
      summary: text(item.summary)?.trim() ?? '',
      tags: Array.isArray(item.tags) ? item.tags.filter((tag): tag is string => typeof tag === 'string') : [],
      date,
    });
  });
  entries.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  return { entries, problems };
}
