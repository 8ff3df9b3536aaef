/**
 * True for an absolute http(s) URL with a host: what an entry may link to. No whitespace or
 * control characters, and no user name or password, which only serve to disguise the host
 * (`https://example.com@evil.test`). With `spaces`, a space inside is accepted: an entry's own
 * link, as real bookmarks have them; a browser sends `%20`, and the writers and the pages use
 * `encodedUrl`.
 */
export function isAbsoluteHttpUrl(value: string, { spaces = false } = {}): boolean {
  if ((spaces ? /(?! )[\s\p{Cc}]/u : /[\s\p{Cc}]/u).test(value) || value.trim() !== value) return false;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** The URL as a browser sends it: spaces and other characters percent-encoded (`a b` → `a%20b`). */
export function encodedUrl(url: string): string {
  return isAbsoluteHttpUrl(url, { spaces: true }) ? new URL(url).href : url;
}

/** The host a reader will land on, as shown beside a title: `https://www.example.com/a` → `example.com`. */
export function hostnameOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * The URL schemes commentary may link to; a URL without a scheme (relative, `#fragment`) always
 * may. Images have none: an image is a file the site serves (`/images/…` from public/), so a
 * reader's browser never asks another site for anything (their privacy, the page budget, and
 * every page's `img-src 'self'`).
 */
export const COMMENTARY_SCHEMES = { href: ['http', 'https', 'mailto'], src: [] as string[] };

/** `/images/x.png`: a path from the site's root; not `//host/x.png`, which names another host. */
export const isSitePath = (url: string) => /^\/(?![/\\])/.test(url.trim());
