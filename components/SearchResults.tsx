import { PATHS } from '@/lib/routes';
import { TextLink } from './TextLink';

/**
 * Where search.js shows a query's outcome: the status a screen reader announces, a
 * correction, the message for no result, the result cards (each entry's PostCard, written
 * into the index at build time) and "Show more results". Empty and hidden until it runs.
 */
export function SearchResults() {
  return (
    <>
      <p id="search-status" role="status" className="mt-6 text-sm text-zinc-600 dark:text-zinc-400" />
      <p id="search-correction" hidden className="mt-2 text-zinc-800 dark:text-zinc-200" />
      <div id="search-empty" hidden className="mt-2">
        <h2 id="search-empty-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          Nothing matches.
        </h2>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Check the spelling, try fewer words
          <span id="search-unfilter" hidden>
            , or <TextLink href={PATHS.search}>search without filters</TextLink>
          </span>
          . Or browse the <TextLink href={PATHS.archive}>archive</TextLink>.
        </p>
      </div>
      <div id="search-results" className="divide-y divide-zinc-200 dark:divide-zinc-800" />
      <button
        id="search-more"
        type="button"
        hidden
        className="mt-4 rounded border border-zinc-500 px-3 py-1.5 text-sm font-medium hover:border-accent-600 dark:hover:border-accent-300"
      >
        Show more results
      </button>
    </>
  );
}
