/** What a `/search?…` URL asks for, the same on the server-rendered form and in the search script. */
import { isKind, type Kind } from '../kinds';
import { PATHS, SLUG_PATTERN } from '../routes';

/** How results are ordered: by relevance, or by the day shared. */
export const SORTS = ['relevance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

/** A query narrows by at most this many tags: more would be a URL, not a reader. */
export const MAX_QUERY_TAGS = 5;

export interface SearchQuery {
  q: string;
  /** Entries with every one of these tags (`?tag=consensus&tag=testing`). */
  tags: string[];
  kind?: Kind;
  /** Entries that are steps of this reading list, by its slug. */
  list?: string;
  sort: Sort;
  /** The words exactly as typed: no correction of a misspelt one ("Search instead for …"). */
  literal?: true;
}

/** The query in a `/search` URL; unknown or malformed values are dropped, not trusted. */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const kind = params.get('kind');
  const list = params.get('list') ?? '';
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    tags: [...new Set(params.getAll('tag').filter((tag) => SLUG_PATTERN.test(tag)))].slice(0, MAX_QUERY_TAGS),
    ...(isKind(kind) ? { kind } : {}),
    ...(SLUG_PATTERN.test(list) ? { list } : {}),
    sort: sort === 'newest' ? 'newest' : 'relevance',
    ...(params.get('literal') === '1' ? { literal: true } : {}),
  };
}

/** The shareable URL of a query; defaults are left out so URLs stay short. */
export function searchHref({ q, tags, kind, list, sort, literal }: Pick<SearchQuery, 'q' | 'sort'> & Partial<SearchQuery>): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const tag of tags ?? []) params.append('tag', tag);
  if (kind) params.set('kind', kind);
  if (list) params.set('list', list);
  if (sort !== 'relevance') params.set('sort', sort);
  if (literal) params.set('literal', '1');
  const search = params.toString();
  return search ? `${PATHS.search}?${search}` : PATHS.search;
}

/** True when there is anything to search for: words, or a filter alone ("all papers"). */
export function hasCriteria(query: SearchQuery): boolean {
  return query.q.trim() !== '' || query.tags.length > 0 || Boolean(query.kind || query.list);
}
