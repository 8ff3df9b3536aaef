/**
 * Fetches a page as a polite crawler does, for `npm run new`: a clear User-Agent, a time
 * limit, a cap on redirects and on the bytes read (a 40 MB PDF is not read to find a title),
 * http(s) only, and the text decoded as a browser would (encoding-sniffer: the header's
 * charset, a byte-order mark, or `<meta charset>`).
 */
import { decodeBuffer } from 'encoding-sniffer';
import { site } from '../../lib/site';

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
  /**
   * Why `body` is only the page's beginning: it was longer than `maxBytes` ('size'), or the
   * time ran out while it arrived ('time'); undefined when it is whole.
   */
  cut?: 'size' | 'time';
}

/** A fetch that failed, with a reason to print as is, and the address the redirects had reached. */
export class FetchPageError extends Error {
  constructor(message: string, readonly url?: string) {
    super(message);
  }
}

export async function fetchPage(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  const failed = (message: string) => new FetchPageError(message, current);
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
        if (redirects === limits.maxRedirects) throw failed(`more than ${limits.maxRedirects} redirects`);
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw failed(`the page redirects to a ${next.protocol} address (${location.slice(0, 80)}), and only http(s) pages are read`);
        }
        current = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw failed(`the server answered ${response.status} ${response.statusText}`.trim());
      }
      const contentType = response.headers.get('content-type') ?? '';
      const { bytes, cut } = await readCapped(response, limits.maxBytes, signal);
      if (bytes.length === 0 && cut === 'time') throw failed(`no answer within ${limits.timeoutMs / 1000} s`);
      return { url: current, contentType, body: decode(bytes, contentType), ...(cut ? { cut } : {}) };
    }
  } catch (error) {
    if (error instanceof FetchPageError) throw error;
    if (signal.aborted) throw failed(`no answer within ${limits.timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw failed(`could not connect (${cause?.code ?? cause?.message ?? (error as Error).message})`);
  }
}

/** A page without any declared charset is taken as UTF-8, what nearly every page today is written in. */
function decode(bytes: Buffer, contentType: string): string {
  const transportLayerEncodingLabel = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  return decodeBuffer(bytes, { transportLayerEncodingLabel, defaultEncoding: 'utf-8' });
}

/**
 * The body up to `maxBytes`, or what arrived before `signal` ended the time: a slow page's
 * metadata is in its first kilobytes, which are worth keeping.
 */
async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<{ bytes: Buffer; cut?: 'size' | 'time' }> {
  const reader = response.body?.getReader();
  if (!reader) return { bytes: Buffer.alloc(0) };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cut: 'size' | 'time' | undefined;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      if (!signal.aborted) throw error;
      cut = 'time';
      break;
    }
    if (chunk.done) break;
    chunks.push(chunk.value);
    size += chunk.value.byteLength;
    if (size >= maxBytes) {
      cut = 'size';
      await reader.cancel();
      break;
    }
  }
  return { bytes: Buffer.concat(chunks).subarray(0, maxBytes), ...(cut ? { cut } : {}) };
}
