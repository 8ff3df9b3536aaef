/**
 * The search page's one script (out/search.js, bundled by `npm run search-index`): it reads
 * the query from the URL into the server-rendered form, runs it against the index as the
 * reader types, keeps the URL in step (Back and Forward work) and shows the results as the
 * PostCards the build wrote, with the matched words marked. No framework.
 */
import { isKind, KIND_PLURALS } from '../lib/kinds';
import type { EntryFragment } from '../lib/search/format';
import { createSearchEngine, excerpt, markedParts, type Matcher, type SearchOutcome, type TextPart } from '../lib/search/engine';
import { hasCriteria, parseSearchParams, type SearchQuery, searchHref } from '../lib/search/query';
import { searchIndexPath } from '../lib/routes';
import { fold } from '../lib/search/text';

/** Results are shown this many at a time. */
const BATCH = 10;
const MARK_CLASS = 'rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60';

/** The index of the build this script came with (scripts/build/search-index.ts). */
declare const SEARCH_INDEX_VERSION: string;

/** The site was deployed again since this page opened: its index is gone, and the new one numbers entries differently. */
class IndexReplaced extends Error {}

const engine = createSearchEngine(async (file) => {
  const path = searchIndexPath(SEARCH_INDEX_VERSION, file);
  const response = await fetch(path);
  if (response.status === 404) throw new IndexReplaced(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
});

const element = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const form = element<HTMLFormElement>('search-form');
const box = element<HTMLInputElement>('search-query');
const tag = element<HTMLSelectElement>('search-tag');
const kind = element<HTMLSelectElement>('search-kind');
const order = element<HTMLSelectElement>('search-order');
/** Absent on a site with no reading list. */
const list = document.getElementById('search-list') as HTMLSelectElement | null;
const status = element('search-status');
const correction = element('search-correction');
const empty = element('search-empty');
const results = element('search-results');
const more = element<HTMLButtonElement>('search-more');

const chosenTags = element('search-tags');
/** The tags the results must all have: the menu adds one at a time, each button takes one away. */
let tags: string[] = [];

const formQuery = (): SearchQuery =>
  parseSearchParams(new URLSearchParams([['q', box.value], ...[...tags, tag.value].map((name) => ['tag', name]), ['kind', kind.value], ['list', list?.value ?? ''], ['sort', order.value]]));

/**
 * Sets a menu to a URL's value. A value the menu does not offer (a kind with no entries, a list
 * that is gone) gets an option of its own, so the menu shows the filter the results obey, and
 * changing another menu keeps it. (Tags are shown as buttons, whatever they are.)
 */
function choose(select: HTMLSelectElement, value: string, label: string) {
  if (value && ![...select.options].some((option) => option.value === value)) {
    select.append(html('option', `${label} (none)`, { value }));
  }
  select.value = value;
}

function showTags() {
  chosenTags.replaceChildren(
    ...tags.map((name) => {
      const remove = html('button', `#${name} ×`, { type: 'button', 'aria-label': `Remove the tag ${name}`, class: 'rounded border border-zinc-500 px-2 py-0.5 hover:border-accent-600 dark:hover:border-accent-300' });
      remove.addEventListener('click', () => {
        tags = tags.filter((other) => other !== name);
        showTags();
        update('push');
        tag.focus();
      });
      return remove;
    }),
  );
  // The menu adds a tag to those chosen: it says so once one is.
  tag.options[0].textContent = tags.length > 0 ? 'And a tag…' : 'Any tag';
}

function showInForm(query: SearchQuery) {
  box.value = query.q;
  tags = query.tags;
  tag.value = '';
  showTags();
  choose(kind, query.kind ?? '', isKind(query.kind) ? KIND_PLURALS[query.kind] : '');
  if (list) choose(list, query.list ?? '', query.list ?? '');
  order.value = query.sort;
}

function html<K extends keyof HTMLElementTagNameMap>(name: K, text: string, attributes: Record<string, string> = {}) {
  const node = document.createElement(name);
  node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

const marked = (parts: TextPart[]) => parts.map(({ text, marked }) => (marked ? html('mark', text, { class: MARK_CLASS }) : document.createTextNode(text)));

/**
 * An entry's card, its title and summary (a link's description, a quotation's words) marked;
 * where the match is elsewhere (the commentary), the words around it on a line of their own.
 */
function card(entry: EntryFragment, matcher: Matcher): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = entry.card;
  const article = template.content.firstElementChild!;
  article.querySelector('h2 > a')?.replaceChildren(...marked(markedParts(entry.title, matcher)));
  const summary = markedParts(entry.description, matcher);
  article.querySelector('[data-search-summary]')?.replaceChildren(...marked(summary));
  const inCard = [...markedParts(entry.title, matcher), ...summary].some((part) => part.marked);
  const around = inCard ? undefined : excerpt(entry.text, matcher);
  const slot = article.querySelector<HTMLElement>('[data-search-excerpt]');
  if (around && slot) {
    slot.replaceChildren(...marked(around));
    slot.hidden = false;
  }
  return template.content;
}

/** The query with its misspelt words replaced by their corrections. */
const corrected = (q: string, corrections: SearchOutcome['corrections']) =>
  q.replace(/[\p{L}\p{N}]+/gu, (word) => corrections.find(({ from }) => from === fold(word))?.to ?? word);

function showCorrection(query: SearchQuery, outcome: SearchOutcome) {
  correction.hidden = outcome.corrections.length === 0;
  if (correction.hidden) return;
  const instead = html('a', query.q, { href: searchHref({ ...query, literal: true }), class: 'italic text-accent-600 underline dark:text-accent-300' });
  correction.replaceChildren('Showing results for ', html('em', corrected(query.q, outcome.corrections), { class: 'font-semibold' }), '. Search instead for ', instead, '.');
}

function showNothing(query: SearchQuery) {
  const words = query.q.trim();
  element('search-empty-heading').textContent =
    `Nothing matches${words ? ` “${words}”` : ''}${query.tags.length > 0 ? ` tagged ${query.tags.map((name) => `#${name}`).join(' and ')}` : ''}` +
    `${isKind(query.kind) ? ` among ${KIND_PLURALS[query.kind].toLowerCase()}` : ''}` +
    `${query.list && list ? ` in ${[...list.options].find((option) => option.value === query.list)?.textContent ?? query.list}` : ''}.`;
  const unfilter = element('search-unfilter');
  unfilter.hidden = !(query.tags.length > 0 || query.kind || query.list);
  unfilter.querySelector('a')?.setAttribute('href', searchHref({ q: query.q, sort: query.sort }));
}

function showFailure(error: unknown) {
  status.textContent =
    error instanceof IndexReplaced ? 'The site has been updated since this page opened: reload it to search the new links.' : 'Search could not load. Try again, or browse the archive.';
}

let shown: { outcome: SearchOutcome; count: number } | undefined;
let latest = 0;

async function run(query: SearchQuery) {
  const mine = ++latest;
  if (!hasCriteria(query)) {
    shown = undefined;
    status.textContent = '';
    for (const node of [correction, empty, more]) node.hidden = true;
    results.replaceChildren();
    return;
  }
  status.textContent = 'Searching…';
  try {
    const outcome = await engine.search(query);
    const entries = await Promise.all(outcome.entries.slice(0, BATCH).map(engine.fragment));
    // A newer keystroke started another search: this one's results are not shown.
    if (mine !== latest) return;
    const total = outcome.entries.length;
    const words = query.q.trim();
    status.textContent = `${total === 0 ? 'No results' : `${total} ${total === 1 ? 'result' : 'results'}`}${words ? ` for “${words}”` : ''}`;
    showCorrection(query, outcome);
    empty.hidden = total > 0;
    if (total === 0) showNothing(query);
    results.replaceChildren(...entries.map((entry) => card(entry, outcome.matcher)));
    shown = { outcome, count: entries.length };
    more.hidden = entries.length >= total;
  } catch (error) {
    if (mine === latest) showFailure(error);
  }
}

more.addEventListener('click', async () => {
  if (!shown) return;
  const { outcome, count } = shown;
  const entries = await Promise.all(outcome.entries.slice(count, count + BATCH).map(engine.fragment)).catch((error: unknown) => {
    showFailure(error);
    return undefined;
  });
  if (!entries || shown?.outcome !== outcome) return;
  results.append(...entries.map((entry) => card(entry, outcome.matcher)));
  shown = { outcome, count: count + entries.length };
  more.hidden = shown.count >= outcome.entries.length;
});

/** Typing replaces the history entry; a submitted query or a new filter gets its own, unless it is the address already shown. */
function update(mode: 'push' | 'replace') {
  const query = formQuery();
  const href = searchHref(query);
  const same = href === `${location.pathname}${location.search}`;
  history[mode === 'push' && !same ? 'pushState' : 'replaceState'](null, '', href);
  void run(query);
}

box.addEventListener('input', () => update('replace'));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update('push');
});
for (const select of [kind, order, list]) select?.addEventListener('change', () => update('push'));
// The menu adds its tag to those chosen, and is ready for another.
tag.addEventListener('change', () => {
  tags = formQuery().tags;
  tag.value = '';
  showTags();
  update('push');
});
addEventListener('popstate', () => {
  const query = parseSearchParams(new URLSearchParams(location.search));
  showInForm(query);
  void run(query);
});

const arrived = parseSearchParams(new URLSearchParams(location.search));
showInForm(arrived);
if (arrived.q === '') box.focus();
void run(arrived);
