/**
 * Where a search hit shows the words around a match that its title and summary lack (in the
 * commentary): a line of its own under the summary, so the sharer's words never stand inside a
 * quotation's block quote or in place of a link's description. Only the search index's cards
 * carry it, hidden until the search page's script fills it.
 */
export function SearchExcerpt() {
  return <p data-search-excerpt hidden className="mt-1 text-sm text-zinc-600 italic dark:text-zinc-400" />;
}
