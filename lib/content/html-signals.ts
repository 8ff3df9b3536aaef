/** Fetched HTML → the signals `linkMetadata` reads, in Node, for `npm run new`. */
import { Parser } from 'htmlparser2';
import type { PageSignals } from './link-metadata';

const isCanonicalLink = (rel: string | undefined) => (rel ?? '').toLowerCase().split(/\s+/).includes('canonical');

/** The same signals `signalsFromDocument` reads from a live page; htmlparser2 decodes the entities, as a browser would. */
export function signalsFromHtml(html: string): PageSignals {
  const signals: PageSignals = { meta: [], jsonLd: [] };
  let inTitle = false;
  let inJsonLd = false;
  let text = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'title' && signals.title === undefined) [inTitle, text] = [true, ''];
      if (name === 'script' && attributes.type?.toLowerCase() === 'application/ld+json') [inJsonLd, text] = [true, ''];
      const key = (attributes.property ?? attributes.name ?? attributes.itemprop)?.toLowerCase();
      if (name === 'meta' && attributes.content !== undefined && key) signals.meta.push([key, attributes.content]);
      if (name === 'link' && signals.canonical === undefined && isCanonicalLink(attributes.rel) && attributes.href !== undefined) {
        signals.canonical = attributes.href;
      }
    },
    ontext(data) {
      if (inTitle || inJsonLd) text += data;
    },
    onclosetag(name) {
      if (name === 'title' && inTitle) [inTitle, signals.title] = [false, text];
      if (name === 'script' && inJsonLd) {
        inJsonLd = false;
        signals.jsonLd.push(text);
      }
    },
  }, { decodeEntities: true });
  parser.end(html);
  return signals;
}

