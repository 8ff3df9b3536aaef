/**
 * Search state and results, without a browser: what `/search?q=…` means, and how a Pagefind
 * result becomes a PostCard. Entry pages record the fields through `SearchRecord`.
 */
import { isKind, type Kind } from './kinds';
import { pathOfExportedFile, PATHS, SLUG_PATTERN, slugOfPermalink } from './routes';
import { hostnameOf } from './url';

/** How results are ordered: Pagefind's ranking, or the day shared. */
export const SORTS = ['relevance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchQuery {
  q: string;
  tag?: string;
  kind?: Kind;
  sort: Sort;
}

/** The query in a `/search` URL; unknown or malformed values are dropped, not trusted. */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const tag = params.get('tag') ?? '';
  const kind = params.get('kind');
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    ...(SLUG_PATTERN.test(tag) ? { tag } : {}),
    ...(isKind(kind) ? { kind } : {}),
    sort: sort === 'newest' ? 'newest' : 'relevance',
  };
}

/** The shareable URL of a query; defaults are left out so URLs stay short. */
export function searchHref({ q, tag, kind, sort }: SearchQuery): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (tag) params.set('tag', tag);
  if (kind) params.set('kind', kind);
  if (sort !== 'relevance') params.set('sort', sort);
  const search = params.toString();
  return search ? `${PATHS.search}?${search}` : PATHS.search;
}

/** True when there is anything to search for: words, or a filter alone ("all papers"). */
export function hasCriteria(query: SearchQuery): boolean {
  return query.q.trim() !== '' || Boolean(query.tag || query.kind);
}

/** What Pagefind gives for one result (the fields this site reads). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** A search result, with what a PostCard shows. */
export interface SearchHit {
  slug: string;
  permalink: string;
  title: string;
  url: string;
  hostname: string;
  date: string;
  description: string;
  kind: Kind;
  tags: string[];
  /** Set when the link is recorded dead and the entry has a saved copy. */
  archivedCopy?: string;
  /** Pagefind's excerpt: escaped HTML whose only markup is `<mark>`. */
  excerpt: string;
}

/** A PostCard's data from a Pagefind result, or undefined for a page that is not an entry. */
export function hitFromResult(data: PagefindResultData): SearchHit | undefined {
  const { title, link, date, description, archive } = data.meta;
  const kind = data.filters.kind?.[0];
  const permalink = pathOfExportedFile(data.url);
  const slug = slugOfPermalink(permalink);
  if (!title || !link || !date || !isKind(kind) || slug === undefined) return undefined;
  return {
    slug,
    permalink,
    title,
    url: link,
    hostname: hostnameOf(link),
    date,
    description: description ?? '',
    kind,
    tags: data.filters.tag ?? [],
    excerpt: data.excerpt,
    ...(archive ? { archivedCopy: archive } : {}),
  };
}

export interface TextPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpt as plain text parts, the matched words marked, so React renders it as
 * text: no HTML from the index ever reaches the page as markup.
 */
export function excerptParts(excerpt: string): TextPart[] {
  const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith('<mark>');
      return { text: decode(marked ? part.slice(6, -7) : part), marked };
    });
}

/** `text` split around the query's words (case-insensitive, word starts), for highlighting titles. */
export function markWords(text: string, query: string): TextPart[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
  if (words.length === 0) return [{ text, marked: false }];
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])((?:${escaped.join('|')})[\\p{L}\\p{N}]*)`, 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
    parts.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

/**
 * The summary under a result's title: its description with the query's words marked, unless
 * the match is elsewhere (commentary, author, site), where Pagefind's excerpt shows it.
 */
export function summaryParts(hit: SearchHit, query: string): TextPart[] {
  const shown = `${hit.title} ${hit.description}`.toLowerCase();
  const matched = excerptParts(hit.excerpt).filter((part) => part.marked);
  if (matched.some((part) => !shown.includes(part.text.toLowerCase()))) return excerptParts(hit.excerpt);
  return markWords(hit.description, query);
}
