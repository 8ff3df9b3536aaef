/**
 * Loads Pagefind's browser API once, from the index `npm run build` writes to out/pagefind/
 * after `next build` (so it is a runtime URL, not a module of this bundle).
 */
import { PATHS } from './routes';
import type { PagefindResultData } from './search';

/** Pagefind's browser API. */
interface Pagefind {
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] }>;
}
export type PagefindResult = { id: string; data(): Promise<PagefindResultData> };

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PATHS.pagefind).then(async (module: Pagefind) => {
    // Searching on the main thread takes a few milliseconds at 5,000 entries; Pagefind's Web
    // Worker would add a 12 kB script to every first query (see BENCHMARKS.md).
    await module.options({ excerptLength: 24, noWorker: true });
    return module;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}
