/**
 * Fetches a page as a polite crawler does, for `npm run new`: a clear User-Agent, a time
 * limit, a cap on redirects and on the bytes read (a 40 MB PDF is not read to find a title),
 * http(s) only, and the text decoded as a browser would (encoding-sniffer: the header's
 * charset, a byte-order mark, or `<meta charset>`).
 */
import { decodeBuffer } from 'encoding-sniffer';
import { site } from '../lib/site';

export const USER_AGENT = `DistributedBytes/1.0 (+${site.url}; link metadata for a new entry)`;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedPage {
  /** Where the redirects ended. */
  url: string;
  contentType: string;
  body: string;
  /** The page was longer than `maxBytes`; `body` is its beginning. */
  truncated: boolean;
}

/** A fetch that failed, with a reason to print as is. */
export class FetchPageError extends Error {}

export async function fetchPage(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects === limits.maxRedirects) throw new FetchPageError(`more than ${limits.maxRedirects} redirects`);
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new FetchPageError(`the page redirects to a ${next.protocol} address (${location.slice(0, 80)}), and only http(s) pages are read`);
        }
        current = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchPageError(`the server answered ${response.status} ${response.statusText}`.trim());
      }
      const contentType = response.headers.get('content-type') ?? '';
      const { bytes, truncated } = await readCapped(response, limits.maxBytes);
      return { url: current, contentType, body: decode(bytes, contentType), truncated };
    }
  } catch (error) {
    if (error instanceof FetchPageError) throw error;
    if (signal.aborted) throw new FetchPageError(`no answer within ${limits.timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchPageError(`could not connect (${cause?.code ?? cause?.message ?? (error as Error).message})`);
  }
}

/** A page without any declared charset is taken as UTF-8, what nearly every page today is written in. */
function decode(bytes: Buffer, contentType: string): string {
  const transportLayerEncodingLabel = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  return decodeBuffer(bytes, { transportLayerEncodingLabel, defaultEncoding: 'utf-8' });
}

async function readCapped(response: Response, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { bytes: Buffer.alloc(0), truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= maxBytes) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  return { bytes: Buffer.concat(chunks).subarray(0, maxBytes), truncated };
}
