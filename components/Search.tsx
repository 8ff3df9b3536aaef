'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { isKind, KIND_PLURALS, type Kind } from '@/lib/kinds';
import { loadPagefind, type PagefindResult } from '@/lib/pagefind';
import { PATHS } from '@/lib/routes';
import {
  hasCriteria,
  hitFromResult,
  markWords,
  parseSearchParams,
  type SearchHit,
  type SearchQuery,
  searchHref,
  summaryParts,
  type TextPart,
} from '@/lib/search';
import { PostCard } from './PostCard';
import { TextLink } from './TextLink';

/** Results are shown this many at a time; Pagefind loads each one's data on demand. */
const BATCH = 10;

type Outcome = { query: SearchQuery } & ({ status: 'error' } | { status: 'done'; hits: SearchHit[]; total: number });

function Marked({ parts }: { parts: TextPart[] }) {
  return parts.map(({ text, marked }, index) =>
    marked ? (
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">
        {text}
      </mark>
    ) : (
      text
    ),
  );
}

interface ChoiceProps {
  id: string;
  label: string;
  value: string;
  /** [value, label] pairs. */
  options: [string, string][];
  onChange: (value: string) => void;
}

/** One labelled filter or order menu. */
function Choice({ id, label, value, options, onChange }: ChoiceProps) {
  return (
    <span className="flex items-center gap-2">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="rounded border border-zinc-500 bg-white px-2 py-1.5 text-sm text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </span>
  );
}

interface SearchProps {
  tags: { tag: string; count: number }[];
  kinds: { kind: Kind; count: number }[];
}

/** The search form and its results; the query lives in the URL, so it can be shared and the back button works. */
export function Search({ tags, kinds }: SearchProps) {
  const params = useSearchParams();
  const query = parseSearchParams(new URLSearchParams(params.toString()));
  const [text, setText] = useState(query.q);
  const [outcome, setOutcome] = useState<Outcome>();
  const handles = useRef<PagefindResult[]>([]);

  // Back and forward change the URL under the box: follow it.
  const [urlQuery, setUrlQuery] = useState(query.q);
  if (urlQuery !== query.q) {
    setUrlQuery(query.q);
    setText(query.q);
  }

  // The box drives the search directly, without waiting for the router to catch up with the URL.
  const { tag, kind, sort } = query;
  const q = text;
  const current: SearchQuery = { q, tag, kind, sort };
  const active = hasCriteria(current);
  useEffect(() => {
    const current: SearchQuery = { q, tag, kind, sort };
    if (!hasCriteria(current)) return;
    let cancelled = false;
    (async () => {
      const index = await loadPagefind();
      const filters = { ...(tag ? { tag } : {}), ...(kind ? { kind } : {}) };
      // Without words there is no relevance to rank by: newest first.
      const byDate = sort === 'newest' || q.trim() === '';
      const search = await index.search(q.trim() || null, { filters, ...(byDate ? { sort: { date: 'desc' } } : {}) });
      // A newer keystroke already replaced this query: fetch none of its results.
      if (cancelled) return;
      const hits = await Promise.all(search.results.slice(0, BATCH).map((result) => result.data()));
      if (cancelled) return;
      handles.current = search.results;
      setOutcome({ query: current, status: 'done', hits: hits.flatMap((data) => hitFromResult(data) ?? []), total: search.results.length });
    })().catch(() => {
      if (!cancelled) setOutcome({ query: current, status: 'error' });
    });
    return () => {
      cancelled = true;
    };
  }, [q, tag, kind, sort]);

  // While a new query runs, the previous results stay on screen rather than flashing away.
  const searching = active && (!outcome || searchHref(outcome.query) !== searchHref(current));
  const results = active ? outcome : undefined;

  async function showMore() {
    if (results?.status !== 'done') return;
    const more = await Promise.all(
      handles.current.slice(results.hits.length, results.hits.length + BATCH).map((result) => result.data()),
    );
    setOutcome({ ...results, hits: [...results.hits, ...more.flatMap((data) => hitFromResult(data) ?? [])] });
  }

  /** What a screen reader announces as results arrive. */
  function statusText(): string {
    if (searching) return 'Searching…';
    if (results?.status === 'error') return 'Search could not load. Try again, or browse the archive.';
    if (results?.status !== 'done') return '';
    const words = results.query.q.trim();
    const count = results.total === 0 ? 'No results' : `${results.total} ${results.total === 1 ? 'result' : 'results'}`;
    return words ? `${count} for “${words}”` : count;
  }

  /** Typing replaces the history entry; a submitted query or a new filter gets its own. */
  function navigate(next: SearchQuery, mode: 'push' | 'replace') {
    const href = searchHref(next);
    if (mode === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
  }

  return (
    <>
      <form
        role="search"
        aria-label="Search entries"
        onSubmit={(event) => {
          event.preventDefault();
          navigate({ ...query, q: text }, 'push');
        }}
      >
        <label htmlFor="search-query" className="sr-only">
          Search words
        </label>
        <input
          id="search-query"
          type="search"
          name="q"
          value={text}
          autoFocus={query.q === ''}
          autoComplete="off"
          placeholder="Search titles, descriptions, commentary, authors…"
          onChange={(event) => {
            setText(event.target.value);
            navigate({ ...query, q: event.target.value }, 'replace');
          }}
          className="w-full rounded border border-zinc-500 bg-white px-3 py-2 text-base text-zinc-900 placeholder:text-zinc-500 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        />
        <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <Choice
            id="search-tag"
            label="Tag"
            value={tag ?? ''}
            options={[['', 'All tags'], ...tags.map(({ tag, count }): [string, string] => [tag, `#${tag} (${count})`])]}
            onChange={(value) => navigate({ ...query, q: text, tag: value || undefined }, 'push')}
          />
          <Choice
            id="search-kind"
            label="Kind"
            value={kind ?? ''}
            options={[['', 'All kinds'], ...kinds.map(({ kind, count }): [string, string] => [kind, `${KIND_PLURALS[kind]} (${count})`])]}
            onChange={(value) => navigate({ ...query, q: text, kind: isKind(value) ? value : undefined }, 'push')}
          />
          <Choice
            id="search-order"
            label="Order"
            value={sort}
            options={[
              ['relevance', 'Best match'],
              ['newest', 'Newest first'],
            ]}
            onChange={(value) => navigate({ ...query, q: text, sort: value === 'newest' ? 'newest' : 'relevance' }, 'push')}
          />
        </div>
      </form>

      <p role="status" className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
        {statusText()}
      </p>

      {!searching && results?.status === 'done' && results.total === 0 && (
        <div className="mt-2">
          <h2 className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Nothing matches{results.query.q.trim() ? ` “${results.query.q.trim()}”` : ''}
            {results.query.tag ? ` tagged #${results.query.tag}` : ''}
            {results.query.kind ? ` among ${KIND_PLURALS[results.query.kind].toLowerCase()}` : ''}.
          </h2>
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">
            Check the spelling, try fewer words
            {(results.query.tag || results.query.kind) && (
              <>
                , or{' '}
                <TextLink href={searchHref({ q: results.query.q, sort })}>search without filters</TextLink>
              </>
            )}
            . Or browse the{' '}
            <TextLink href={PATHS.archive}>archive</TextLink>
            .
          </p>
        </div>
      )}

      {results?.status === 'done' && results.hits.length > 0 && (
        <>
          <div className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {results.hits.map((hit) => (
              <PostCard
                key={hit.slug}
                post={hit}
                title={<Marked parts={markWords(hit.title, results.query.q)} />}
                summary={<Marked parts={summaryParts(hit, results.query.q)} />}
              />
            ))}
          </div>
          {results.hits.length < results.total && (
            <button
              type="button"
              onClick={showMore}
              className="mt-4 rounded border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:border-accent-600 dark:border-zinc-700"
            >
              Show more results
            </button>
          )}
        </>
      )}
    </>
  );
}
