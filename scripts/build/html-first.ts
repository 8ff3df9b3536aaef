/**
 * Next.js renders every page; a page with nothing interactive then ships as HTML and CSS only.
 * What a static page loses here is what only React in the browser reads: the runtime's
 * scripts and their preloads, the inline React Server Components payload and Turbopack's
 * chunk list. It keeps JSON-LD (data for search engines), /site.js (the theme and `/`) and
 * the search page's /search.js.
 */
import { PATHS } from '../../lib/routes';
import { elementsOf, type PageElement, withoutElements } from './page-elements';

export const CANDIDATES = new Set(['script', 'link']);

function isFramework({ name, attributes }: PageElement): boolean {
  if (name === 'link') {
    const rel = attributes.rel?.toLowerCase();
    return rel === 'modulepreload' || (rel === 'preload' && attributes.as === 'script');
  }
  if (attributes.type?.toLowerCase() === 'application/ld+json') return false;
  return !attributes.src?.startsWith(`${PATHS.siteScript}?`) && attributes.src !== PATHS.searchScript;
}

/** The page as a static host serves it with no framework JavaScript; from its elements when they are read already (page-elements.ts). */
export function withoutFramework(html: string, elements: readonly PageElement[] = elementsOf(html, CANDIDATES)): string {
  return withoutElements(html, elements.filter((element) => CANDIDATES.has(element.name) && isFramework(element)));
}

/** Signs of Next.js's client runtime in a page: its scripts, its payload. */
export function frameworkTraces(html: string): string[] {
  const traces = [
    /<script[^>]*\bsrc="\/_next\//.test(html) && 'a script of the Next.js runtime',
    /self\.__next_f/.test(html) && 'the React Server Components payload',
    /<link[^>]*\bas="script"/.test(html) && 'a script preload',
  ];
  return traces.filter((trace): trace is string => Boolean(trace));
}
