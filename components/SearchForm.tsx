import { KIND_PLURALS, type Kind } from '@/lib/kinds';
import { PATHS } from '@/lib/routes';
import { site } from '@/lib/site';
import { TextLink } from './TextLink';

const fieldClass = 'rounded border border-zinc-500 bg-white text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100';

interface ChoiceProps {
  id: string;
  name: string;
  label: string;
  /** [value, label] pairs; the first is the default. */
  options: [string, string][];
}

/** One labelled filter or order menu. */
function Choice({ id, name, label, options }: ChoiceProps) {
  return (
    <span className="flex items-center gap-2">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} autoComplete="off" className={`${fieldClass} px-2 py-1.5 text-sm`}>
        {options.map(([value, optionLabel]) => (
          <option key={value} value={value}>
            {optionLabel}
          </option>
        ))}
      </select>
    </span>
  );
}

interface SearchFormProps {
  /** Every tag, the most used first: the menu offers the first `site.searchMenuTags`. */
  tags: { tag: string; count: number }[];
  kinds: { kind: Kind; count: number }[];
  /** The reading lists, to search one of. */
  lists: { slug: string; title: string }[];
}

/**
 * The search form: a plain GET form to `/search`, which the page's script (search.js) fills
 * from the URL and runs as the reader types. The names are the URL's parameters.
 */
export function SearchForm({ tags, kinds, lists }: SearchFormProps) {
  return (
    <form id="search-form" role="search" aria-label="Search entries" action={PATHS.search} method="get" className="mt-4">
      <label htmlFor="search-query" className="sr-only">
        Search words
      </label>
      <div className="flex gap-2">
        <input
          id="search-query"
          type="search"
          name="q"
          autoComplete="off"
          placeholder="Search titles, descriptions, commentary, authors…"
          className={`${fieldClass} w-full min-w-0 px-3 py-2 text-base placeholder:text-zinc-500 dark:placeholder:text-zinc-400`}
        />
        <button type="submit" className="rounded border border-zinc-500 px-3 py-2 text-sm font-medium hover:border-accent-600 dark:hover:border-accent-300">
          Search
        </button>
      </div>
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {/* The tags chosen so far, each a button that takes it away (search.js); the menu adds one more. */}
        <span id="search-tags" className="flex flex-wrap items-center gap-2" />
        <Choice
          id="search-tag"
          name="tag"
          label="Tag"
          options={[['', 'Any tag'], ...tags.slice(0, site.searchMenuTags).map(({ tag, count }): [string, string] => [tag, `#${tag} (${count})`])]}
        />
        {tags.length > site.searchMenuTags && (
          <span className="self-center">
            <TextLink href={PATHS.tags}>All {tags.length.toLocaleString('en')} tags</TextLink>
          </span>
        )}
        <Choice
          id="search-kind"
          name="kind"
          label="Kind"
          options={[
            ['', 'All kinds'],
            ...kinds.map(({ kind, count }): [string, string] => [kind, `${KIND_PLURALS[kind]} (${count})`]),
          ]}
        />
        {lists.length > 0 && <Choice id="search-list" name="list" label="List" options={[['', 'Any list'], ...lists.map(({ slug, title }): [string, string] => [slug, title])]} />}
        <Choice
          id="search-order"
          name="sort"
          label="Order"
          options={[
            ['relevance', 'Best match'],
            ['newest', 'Newest first'],
          ]}
        />
      </div>
    </form>
  );
}
