/**
 * What every page of out/ goes through, whether `next build` just rendered it or the build
 * cache copied it (scripts/build/build-cache.ts):
 * - anything the site did not write (a foreign inline script, `<meta http-equiv>`, a frame)
 *   is a problem naming the page (scripts/build/csp.ts);
 * - a page that needs React in the browser (INTERACTIVE_PATHS) keeps it, and gets a `<meta>`
 *   policy pinning its inline scripts by hash;
 * - every other page loses the framework's JavaScript (scripts/build/html-first.ts).
 * Finishing a finished page gives the same page, so a kept page is checked by finishing it again.
 */
import { foreignContentOf, WATCHED, withoutScriptPolicy, withScriptPolicy } from './csp';
import { CANDIDATES, frameworkTraces, withoutFramework } from './html-first';
import { elementsOf } from './page-elements';
import { onEveryCore } from './on-every-core';

/** The elements either check looks at. */
const READ_ELEMENTS = new Set([...WATCHED, ...CANDIDATES]);

/** The page as it ships, or the problems that stop it from shipping. */
export function finishPage(page: string, html: string, interactive: boolean): { html: string; problems: string[] } {
  const unpinned = withoutScriptPolicy(html);
  // Read once for both checks: parsing is most of the work, and a build finishes and checks every page.
  const elements = elementsOf(unpinned, READ_ELEMENTS);
  const foreign = foreignContentOf(elements);
  if (foreign.length > 0) return { html, problems: foreign.map((problem) => `${page}: ${problem}`) };
  if (interactive) {
    const problems = frameworkTraces(unpinned).length === 0 ? [`${page}: needs React in the browser (INTERACTIVE_PATHS) but carries no framework script`] : [];
    return { html: withScriptPolicy(unpinned), problems };
  }
  const stripped = withoutFramework(unpinned, elements);
  const left = frameworkTraces(stripped);
  return { html: stripped, problems: left.length > 0 ? [`${page}: is static but still carries ${left.join(', ')}`] : [] };
}

export interface PageToFinish {
  /** Where the page is (out/…), for the problems' messages. */
  file: string;
  html: string;
  interactive: boolean;
}

export type FinishedPage = ReturnType<typeof finishPage>;

/** Each page finished, in the order given: a worker's task. */
export const finishPages = (pages: readonly PageToFinish[]): FinishedPage[] => pages.map(({ file, html, interactive }) => finishPage(file, html, interactive));

/** finishPages on every core. */
export const finishInParallel = (pages: readonly PageToFinish[], perWorker?: number) =>
  onEveryCore<PageToFinish, FinishedPage>({ module: import.meta.url, name: 'finishPages' }, pages, perWorker);

/** What to do about a page that fails: the closing line of a refused build. */
export const REFUSED_PAGES_ADVICE =
  'Entries cannot add scripts or frames; if the site itself now writes one, teach isSiteScript in scripts/build/csp.ts to know it.';
