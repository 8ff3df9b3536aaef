/**
 * What a shared page says about itself, for `npm run new`: title, description, site,
 * authors and date, from JSON-LD, Open Graph, Twitter cards and plain HTML, in that order of
 * preference (the most specific first). htmlparser2 decodes the HTML entities.
 */
import { Parser } from 'htmlparser2';
import { isCalendarDay } from '../dates';

export interface LinkMetadata {
  title?: string;
  description?: string;
  site?: string;
  authors: string[];
  /** YYYY-MM-DD */
  published?: string;
}

interface Collected {
  title?: string;
  meta: Map<string, string>;
  jsonLd: string[];
}

function collect(html: string): Collected {
  const collected: Collected = { meta: new Map(), jsonLd: [] };
  let inTitle = false;
  let inJsonLd = false;
  let text = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'title' && collected.title === undefined) [inTitle, text] = [true, ''];
      if (name === 'script' && attributes.type?.toLowerCase() === 'application/ld+json') [inJsonLd, text] = [true, ''];
      if (name === 'meta' && attributes.content !== undefined) {
        const key = (attributes.property ?? attributes.name ?? attributes.itemprop)?.toLowerCase();
        // The first of each wins, as browsers and crawlers read them.
        if (key && !collected.meta.has(key)) collected.meta.set(key, attributes.content);
      }
    },
    ontext(data) {
      if (inTitle || inJsonLd) text += data;
    },
    onclosetag(name) {
      if (name === 'title' && inTitle) [inTitle, collected.title] = [false, text];
      if (name === 'script' && inJsonLd) {
        inJsonLd = false;
        collected.jsonLd.push(text);
      }
    },
  }, { decodeEntities: true });
  parser.end(html);
  return collected;
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

const clean = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() || undefined : undefined);

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

export function extractLinkMetadata(html: string): LinkMetadata {
  const { title, meta, jsonLd } = collect(html);
  const ld = mainJsonLd(jsonLd) ?? {};
  const pick = (...values: unknown[]) => values.map(clean).find((value) => value !== undefined);

  const site = pick(meta.get('og:site_name'), (ld.publisher as JsonObject | undefined)?.name, meta.get('application-name'));
  const rawTitle = pick(ld.headline, ld.name, meta.get('og:title'), meta.get('twitter:title'), title);
  const split = rawTitle ? splitSiteSuffix(rawTitle, site) : { title: undefined, site };
  const ldAuthors = names(ld.author);
  return {
    title: split.title,
    description: pick(ld.description, meta.get('og:description'), meta.get('twitter:description'), meta.get('description')),
    site: split.site,
    authors: ldAuthors.length > 0 ? ldAuthors : names(meta.get('article:author') ?? meta.get('author')),
    published: day(pick(ld.datePublished, meta.get('article:published_time'), meta.get('citation_publication_date'), meta.get('date'))),
  };
}
