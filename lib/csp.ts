/**
 * Pins each page's inline scripts by hash. Next.js's static export writes inline scripts
 * (the React Server Components payload) that differ on every page, so one site-wide header
 * cannot list their hashes; each page gets a `<meta>` policy that does. A browser enforces
 * both policies, so an inline script runs only if its hash is in its own page's list: the
 * header's `'unsafe-inline'` is there only to let the meta policy decide.
 */
import { createHash } from 'node:crypto';

// Next.js writes these itself; a `src` script or a JSON-LD data block is not inline code.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;

export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, code]) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  return [...new Set(hashes)];
}

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** The page with its script policy in <head>, after the charset and before any script; run twice, the same page. */
export function withScriptPolicy(html: string): string {
  const page = html.replace(POLICY_META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${["script-src 'self'", "'wasm-unsafe-eval'", ...inlineScriptHashes(page)].join(' ')}"/>`;
  const charset = /<meta charSet="utf-8"\/>/i;
  return charset.test(page) ? page.replace(charset, (tag) => `${tag}${meta}`) : page.replace(/<head>/, `<head>${meta}`);
}
