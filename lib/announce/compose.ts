/**
 * An entry's announcement on each network: the title, the shared link first (networks build
 * their link card from it), up to three tags as hashtags, and the permalink, within each
 * network's limit counted as the network counts it.
 */
import type { FeedEntry } from './feed';

export const MASTODON_LIMIT = 500;
/** Mastodon counts every http(s) URL as 23 characters, however long. */
export const MASTODON_URL_LENGTH = 23;
/** Bluesky counts graphemes, and a link's shown text, not its address. */
export const BLUESKY_LIMIT = 300;
export const MAX_HASHTAGS = 3;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemesOf = (text: string) => Array.from(graphemes.segment(text), ({ segment }) => segment);
export const graphemeLength = (text: string) => graphemesOf(text).length;

/** A status's length as Mastodon counts it: graphemes, each http(s) URL as 23. */
export const mastodonLength = (text: string) => graphemeLength(text.replace(/https?:\/\/\S+/g, 'x'.repeat(MASTODON_URL_LENGTH)));

/** `formal-methods` → `FormalMethods`: hashtags hold no hyphens, and capitals read better aloud. */
export const hashtagOf = (tag: string) =>
  tag
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

const hashtags = (tags: string[]) => [...new Set(tags.map(hashtagOf).filter(Boolean))].slice(0, MAX_HASHTAGS);

/** `text` cut, at a word where it can be, so that `measure` of it is at most `budget`, ending in `…`. */
function fit(text: string, budget: number, measure: (text: string) => number): string {
  if (measure(text) <= budget) return text;
  const parts = graphemesOf(text);
  let cut = parts.slice(0, Math.max(0, budget - 1)).join('');
  while (cut && measure(`${cut}…`) > budget) cut = graphemesOf(cut).slice(0, -1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= cut.length / 2 ? atWord : cut).trimEnd()}…`;
}

/**
 * What a post opens with: a link's title, or a quotation's words and who said them, cut to fit.
 * The words keep at least half the room (all of it they need, if less); the name gets the rest,
 * and is cut too when it is longer than that.
 */
function lead(entry: FeedEntry, budget: number, measure: (text: string) => number): string {
  if (!entry.quotation) return fit(entry.title, budget, measure);
  const { text, by } = entry.quotation;
  const room = budget - measure('“” — ');
  const name = fit(by, Math.max(1, room - Math.min(measure(text), Math.floor(room / 2))), measure);
  return `“${fit(text, room - measure(name), measure)}” — ${name}`;
}

export function mastodonStatus(entry: FeedEntry, siteName: string): string {
  const tags = hashtags(entry.tags).map((tag) => `#${tag}`).join(' ');
  // A quotation is announced by its words and its permalink; a link by the page it shares first.
  const rest = [entry.quotation ? undefined : entry.url, tags, `On ${siteName}: ${entry.permalink}`].filter(Boolean).join('\n\n');
  const budget = MASTODON_LIMIT - mastodonLength(`\n\n${rest}`);
  return `${lead(entry, budget, mastodonLength)}\n\n${rest}`;
}

/** A Bluesky rich-text facet: a link or a hashtag over a byte range of the text. */
export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: ({ $type: 'app.bsky.richtext.facet#link'; uri: string } | { $type: 'app.bsky.richtext.facet#tag'; tag: string })[];
}

export interface BlueskyPost {
  text: string;
  facets: Facet[];
  /** The link card: Bluesky shows none unless the post carries it. */
  embed: { $type: 'app.bsky.embed.external'; external: { uri: string; title: string; description: string } };
}

/** `https://www.example.com/a/long/path` → `example.com/a/long/pa…` past 48 characters, as Bluesky's own app shows links. */
export function shownUrl(url: string, max = 48): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  return bare.length <= max ? bare : `${bare.slice(0, max - 1)}…`;
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

export function blueskyPost(entry: FeedEntry, siteName: string): BlueskyPost {
  // The parts after the title, with the facets each carries; the title takes what is left.
  const tail: [string, Facet['features'][number] | undefined][] = [
    ...(entry.quotation
      ? [[`\n\nOn ${siteName}: `, undefined] as [string, undefined]]
      : [['\n\n', undefined], [shownUrl(entry.url), { $type: 'app.bsky.richtext.facet#link', uri: entry.url }], [`\nOn ${siteName}: `, undefined]] as [string, Facet['features'][number] | undefined][]),
    [shownUrl(entry.permalink), { $type: 'app.bsky.richtext.facet#link', uri: entry.permalink }],
  ];
  const tags = hashtags(entry.tags);
  tags.forEach((tag, position) => tail.push([position === 0 ? '\n\n' : ' ', undefined], [`#${tag}`, { $type: 'app.bsky.richtext.facet#tag', tag }]));
  let text = lead(entry, BLUESKY_LIMIT - graphemeLength(tail.map(([text]) => text).join('')), graphemeLength);
  const facets: Facet[] = [];
  for (const [part, feature] of tail) {
    if (feature) facets.push({ index: { byteStart: bytes(text), byteEnd: bytes(text) + bytes(part) }, features: [feature] });
    text += part;
  }
  return {
    text,
    facets,
    embed: { $type: 'app.bsky.embed.external', external: { uri: entry.quotation ? entry.permalink : entry.url, title: entry.title, description: entry.summary } },
  };
}
