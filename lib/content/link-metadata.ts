/**
 * What a shared page says about itself: title, description, site, authors, date and its
 * canonical address, from JSON-LD, Open Graph, Twitter cards and plain HTML, in that order of
 * preference (the most specific first).
 *
 * Two readers collect the same raw signals, one per place a page is read:
 * `signalsFromDocument` here reads the live page in the browser (the bookmarklet), and
 * `signalsFromHtml` (./html-signals.ts, kept apart so the browser never loads an HTML parser)
 * reads fetched HTML in Node (`npm run new`). `linkMetadata` then applies the one preference
 * order and clean-up to either, so both give the same entry for the same page.
 */
import { INVISIBLE_FORMATTING } from './validation';
import { isCalendarDay } from '../dates';
import { isAbsoluteHttpUrl } from '../url';

/** The raw material, as plain JSON so the bookmarklet can carry it to the share page. */
export interface PageSignals {
  /** The text of the first `<title>`. */
  title?: string;
  /** `[key, content]` of every `<meta>` with content, key = property, name or itemprop lowercased, in document order. */
  meta: [string, string][];
  /** The text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** The `href` of the first `<link rel="canonical">`, as written. */
  canonical?: string;
}

export interface LinkMetadata {
  title?: string;
  description?: string;
  site?: string;
  authors: string[];
  /** YYYY-MM-DD */
  published?: string;
  /** The page's own absolute http(s) address for itself, when it gives a usable one. */
  canonical?: string;
}

/**
 * The live page → signals, the same as `signalsFromHtml` gives for its HTML (a test holds them equal). The bookmarklet
 * carries this function's own source into the page it runs on, so it must stay
 * self-contained: no imports, nothing from this module's scope.
 */
export function signalsFromDocument(document: Document): PageSignals {
  const title = document.querySelector('title');
  const meta: [string, string][] = [];
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))?.toLowerCase();
    const content = element.getAttribute('content');
    if (content !== null && key) meta.push([key, content]);
  }
  const jsonLd = Array.from(document.querySelectorAll('script'))
    .filter((script) => script.getAttribute('type')?.toLowerCase() === 'application/ld+json')
    .map((script) => script.textContent ?? '');
  const canonical = Array.from(document.querySelectorAll('link[href]')).find((link) =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return {
    ...(title ? { title: title.textContent ?? '' } : {}),
    meta,
    jsonLd,
    ...(canonical ? { canonical: canonical.getAttribute('href') ?? '' } : {}),
  };
}

type JsonObject = Record<string, unknown>;

/** The JSON-LD object that describes the page's work (an Article, a paper, a video…), if any. */
function mainJsonLd(blocks: string[]): JsonObject | undefined {
  const objects: JsonObject[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      if ('@graph' in value) add((value as JsonObject)['@graph']);
    }
  };
  for (const block of blocks) {
    try {
      add(JSON.parse(block));
    } catch {
      // A broken block is the page's problem; the other sources still count.
    }
  }
  const types = (object: JsonObject) => [object['@type']].flat().map(String);
  return objects.find((object) => types(object).some((type) => /Article|Posting|Scholarly|Video|Report|Chapter|Book|Creative/.test(type)) && (object.headline || object.name));
}

/** One line of text: runs of white space and control characters (U+0007, U+0085…), which pages do hold, become one space. */
const clean = (value: unknown) =>
  typeof value === 'string' ? value.replace(new RegExp(INVISIBLE_FORMATTING, 'gu'), '').replace(/[\s\p{Cc}]+/gu, ' ').trim() || undefined : undefined;

function names(value: unknown): string[] {
  return [value]
    .flat()
    .map((item) => (item && typeof item === 'object' ? clean((item as JsonObject).name) : clean(item)))
    .filter((name): name is string => name !== undefined && !/^https?:\/\//.test(name));
}

function day(value: string | undefined): string | undefined {
  const candidate = value?.slice(0, 10);
  return candidate && isCalendarDay(candidate) ? candidate : undefined;
}

/** Separators sites put between a title and their name: "Title | Site", "Title — Site". */
const SUFFIX = /^(.+?)\s+(?:[|·—–»]|-)\s+([^|·—–»]+)$/;

/**
 * Moves a site-name suffix out of the title. With a known site name only that is removed;
 * without one, a short tail after `|`, `·` or `»` is taken as the name (dashes too often
 * introduce a subtitle to trust alone).
 */
export function splitSiteSuffix(title: string, site?: string): { title: string; site?: string } {
  const match = SUFFIX.exec(title);
  if (!match) return { title, site };
  const [, head, tail] = match;
  const dash = /^[-—–]/.test(title.slice(head.length).trim());
  if (site) return tail.trim().toLowerCase() === site.toLowerCase() ? { title: head.trim(), site } : { title, site };
  if (!dash && tail.trim().split(/\s+/).length <= 4) return { title: head.trim(), site: tail.trim() };
  return { title, site };
}

/**
 * The page's address for itself (`<link rel="canonical">`, else `og:url`), resolved against
 * where it was read. A canonical pointing at the site's home page from a deeper page is a
 * common template mistake, and is ignored.
 */
function canonicalAddress(written: string | undefined, pageUrl: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  let resolved: URL;
  try {
    resolved = pageUrl ? new URL(written, pageUrl) : new URL(written);
  } catch {
    return undefined;
  }
  if (!isAbsoluteHttpUrl(resolved.href)) return undefined;
  if (pageUrl && resolved.pathname === '/' && new URL(pageUrl).pathname !== '/') return undefined;
  return resolved.href;
}

/** Signals → metadata: the one preference order and clean-up, wherever the page was read. */
export function linkMetadata(signals: PageSignals, pageUrl?: string): LinkMetadata {
  const meta = new Map<string, string>();
  // The first of each wins, as browsers and crawlers read them.
  for (const [key, content] of signals.meta) if (!meta.has(key)) meta.set(key, content);
  const ld = mainJsonLd(signals.jsonLd) ?? {};
  const pick = (...values: unknown[]) => values.map(clean).find((value) => value !== undefined);

  const site = pick(meta.get('og:site_name'), (ld.publisher as JsonObject | undefined)?.name, meta.get('application-name'));
  const rawTitle = pick(ld.headline, ld.name, meta.get('og:title'), meta.get('twitter:title'), signals.title);
  const split = rawTitle ? splitSiteSuffix(rawTitle, site) : { title: undefined, site };
  const ldAuthors = names(ld.author);
  const canonical = canonicalAddress(clean(signals.canonical) ?? clean(meta.get('og:url')), pageUrl);
  return {
    title: split.title,
    description: pick(ld.description, meta.get('og:description'), meta.get('twitter:description'), meta.get('description')),
    site: split.site,
    authors: ldAuthors.length > 0 ? ldAuthors : names(meta.get('article:author') ?? meta.get('author')),
    published: day(pick(ld.datePublished, meta.get('article:published_time'), meta.get('citation_publication_date'), meta.get('date'))),
    ...(canonical ? { canonical } : {}),
  };
}
