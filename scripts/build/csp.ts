/**
 * Pins an interactive page's inline scripts by hash, and only the site's own. Next.js writes
 * inline scripts (the React Server Components payload, Turbopack's chunk list) that differ on
 * every page, so a header cannot list their hashes; the page gets a `<meta>` policy that does.
 * A browser enforces both policies, so an inline script runs only if its hash is in its own
 * page's list: the share page's header allows `'unsafe-inline'` only to let the meta policy
 * decide. (Static pages keep no inline script, and their header allows none.)
 *
 * It also holds vercel.json's `form-action` to the newsletter setting: `'self'`, and the
 * provider's origin exactly when NEWSLETTER_URL names one.
 *
 * A script the site did not write (or a `<meta http-equiv>`, a frame, an object) is never
 * pinned: the page is reported instead, and the build fails.
 */
import { createHash } from 'node:crypto';
import type { Newsletter } from '../../lib/newsletter';
import { PATHS } from '../../lib/routes';
import { elementsOf, type PageElement } from './page-elements';

/** Elements that can run code or change where a page goes: what the pinning step looks at. */
export const WATCHED = new Set(['script', 'meta', 'iframe', 'frame', 'object', 'embed']);
const watchedElements = (html: string) => elementsOf(html, WATCHED);

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** `prefix` + a JSON value + `suffix`: a call that can only hand data to the framework. */
const pushesData = (code: string, prefix: string, suffix: string) =>
  code.startsWith(prefix) && code.endsWith(suffix) && isJson(code.slice(prefix.length, code.length - suffix.length));

/** The inline scripts Next.js writes, and nothing else. */
export function isSiteScript(code: string): boolean {
  return (
    code === '(self.__next_f=self.__next_f||[]).push([0])' ||
    pushesData(code, 'self.__next_f.push(', ')') ||
    pushesData(code, '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', ');')
  );
}

const excerpt = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** What the page holds that the site did not write, one line each, empty for a clean page: from its elements (page-elements.ts), those it watches among them. */
export function foreignContentOf(elements: readonly PageElement[]): string[] {
  const problems: string[] = [];
  for (const { name, attributes, text } of elements.filter(({ name }) => WATCHED.has(name))) {
    if (name === 'script') {
      const type = attributes.type?.toLowerCase();
      if (attributes.src !== undefined) {
        const own = attributes.src.startsWith('/_next/') || attributes.src.startsWith(`${PATHS.siteScript}?`) || attributes.src === PATHS.searchScript;
        if (!own) problems.push(`a script from ${excerpt(attributes.src)}, which the site did not ship`);
      } else if (type === 'application/ld+json') {
        if (!isJson(text)) problems.push(`a JSON-LD block that is not JSON: ${excerpt(text)}`);
      } else if (!isSiteScript(text)) {
        problems.push(`an inline script the site did not write: ${excerpt(text)}`);
      }
    } else if (name === 'meta') {
      if (attributes['http-equiv'] !== undefined) problems.push(`<meta http-equiv=${excerpt(attributes['http-equiv'])}>`);
    } else {
      problems.push(`<${name}>${attributes.src || attributes.data ? ` loading ${excerpt(attributes.src || attributes.data)}` : ''}`);
    }
  }
  return problems;
}

const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** Hashes of the page's inline code: not `src` scripts, not JSON-LD data. */
export function inlineScriptHashes(html: string): string[] {
  const inline = watchedElements(html).filter(
    ({ name, attributes }) => name === 'script' && attributes.src === undefined && attributes.type?.toLowerCase() !== 'application/ld+json',
  );
  return [...new Set(inline.map(({ text }) => sha256(text)))];
}

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** The page without the policy this step wrote, so the step can run twice. */
export function withoutScriptPolicy(html: string): string {
  return html.replace(POLICY_META, '');
}

/** The page with its script policy in <head>, after the charset and before any script; run twice, the same page. */
export function withScriptPolicy(html: string): string {
  const page = withoutScriptPolicy(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${["script-src 'self'", "'wasm-unsafe-eval'", ...inlineScriptHashes(page)].join(' ')}"/>`;
  const charset = /<meta charSet="utf-8"\/>/i;
  return charset.test(page) ? page.replace(charset, (tag) => `${tag}${meta}`) : page.replace(/<head>/, `<head>${meta}`);
}

interface HeaderRules {
  headers?: { source: string; headers: { key: string; value: string }[] }[];
}

/**
 * Every Content-Security-Policy of vercel.json whose `form-action` is not exactly `'self'` and
 * the newsletter provider's origin (when there is one): the subscribe form on every page posts
 * there, and nowhere else may a form post.
 */
export function formActionProblems(config: HeaderRules, newsletter: Newsletter | undefined): string[] {
  const expected = ["'self'", ...(newsletter ? [newsletter.origin] : [])].join(' ');
  return (config.headers ?? []).flatMap(({ source, headers }) =>
    headers
      .filter(({ key }) => key.toLowerCase() === 'content-security-policy')
      .flatMap(({ value }) => {
        const actual = value.split(';').map((directive) => directive.trim().split(/\s+/)).find(([name]) => name === 'form-action')?.slice(1).join(' ');
        if (actual === expected) return [];
        const why = newsletter ? `NEWSLETTER_URL posts to ${newsletter.origin}` : 'no NEWSLETTER_URL is set';
        return [`vercel.json: the policy for "${source}" has form-action ${actual ?? '(none)'}; ${why}, so it must be form-action ${expected}: change it there`];
      }),
  );
}
