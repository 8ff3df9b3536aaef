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
import { foreignContent, withoutScriptPolicy, withScriptPolicy } from './csp';
import { frameworkTraces, withoutFramework } from './html-first';

/** The page as it ships, or the problems that stop it from shipping. */
export function finishPage(page: string, html: string, interactive: boolean): { html: string; problems: string[] } {
  const unpinned = withoutScriptPolicy(html);
  const foreign = foreignContent(unpinned);
  if (foreign.length > 0) return { html, problems: foreign.map((problem) => `${page}: ${problem}`) };
  if (interactive) {
    const problems = frameworkTraces(unpinned).length === 0 ? [`${page}: needs React in the browser (INTERACTIVE_PATHS) but carries no framework script`] : [];
    return { html: withScriptPolicy(unpinned), problems };
  }
  const stripped = withoutFramework(unpinned);
  const left = frameworkTraces(stripped);
  return { html: stripped, problems: left.length > 0 ? [`${page}: is static but still carries ${left.join(', ')}`] : [] };
}

/** What to do about a page that fails: the closing line of a refused build. */
export const REFUSED_PAGES_ADVICE =
  'Entries cannot add scripts or frames; if the site itself now writes one, teach isSiteScript in scripts/build/csp.ts to know it.';
