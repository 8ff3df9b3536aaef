/** What a `/search?…` URL asks for, the same on the server-rendered form and in the search script. */
import { isKind, type Kind } from '../kinds';
import { PATHS, SLUG_PATTERN } from '../routes';

/** How results are ordered: by relevance, or by the day shared. */
export const SORTS = ['relevance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchQuery {
  q: string;
  tag?: string;
  kind?: Kind;
  sort: Sort;
  /** The words exactly as typed: no correction of a misspelt one ("Search instead for …"). */
  literal?: true;
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
    ...(params.get('literal') === '1' ? { literal: true } : {}),
  };
}

/** The shareable URL of a query; defaults are left out so URLs stay short. */
export function searchHref({ q, tag, kind, sort, literal }: SearchQuery): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (tag) params.set('tag', tag);
  if (kind) params.set('kind', kind);
  if (sort !== 'relevance') params.set('sort', sort);
  if (literal) params.set('literal', '1');
  const search = params.toString();
  return search ? `${PATHS.search}?${search}` : PATHS.search;
}

/** True when there is anything to search for: words, or a filter alone ("all papers"). */
export function hasCriteria(query: SearchQuery): boolean {
  return query.q.trim() !== '' || Boolean(query.tag || query.kind);
}
