/**
 * The networks `npm run announce` posts to, from their settings in the environment: Mastodon
 * (`POST /api/v1/statuses`) and Bluesky (`com.atproto.server.createSession`, then
 * `com.atproto.repo.createRecord`). Each request has a time limit; a 429 is retried after its
 * Retry-After, a 5xx or a lost connection after a pause, within bounds. A post is never sent
 * twice for one entry: Mastodon dedupes on the Idempotency-Key, and a Bluesky post that got no
 * answer is reported as uncertain rather than sent again.
 */
import { blueskyPost, mastodonStatus } from '../../lib/announce/compose';
import type { FeedEntry } from '../../lib/announce/feed';
import type { Network } from '../../lib/announce/record';

export interface RetryPolicy {
  /** Tries per request, the first included. */
  attempts: number;
  /** The pause before the first retry of a 5xx or lost connection; it doubles each time. */
  pauseMs: number;
  /** A Retry-After longer than this gives up rather than holding the run. */
  maxWaitMs: number;
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, pauseMs: 2_000, maxWaitMs: 120_000, timeoutMs: 20_000 };

/** The network refused the credentials: nothing more is tried on it this run. */
export class AuthError extends Error {}
/** This entry could not be posted; the next may be. */
export class PostError extends Error {}
/** The request went out and no answer came back: the post may exist. */
export class UncertainError extends Error {}

export interface NetworkClient {
  network: Network;
  label: string;
  /** Posts one entry; returns the post's address. */
  post(entry: FeedEntry, siteName: string): Promise<string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What a refusing server said, briefly: Mastodon's `error`, Bluesky's `message`, or the status text. */
async function reason(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: string; message?: string };
    return `${response.status} ${body.message ?? body.error ?? response.statusText}`.trim();
  } catch {
    return `${response.status} ${response.statusText}`.trim();
  }
}

/**
 * One request, retried within `policy`. `idempotent` says whether a request that may have
 * reached the server can be sent again: false turns a timeout or lost answer into UncertainError.
 */
async function send(url: string, init: RequestInit, policy: RetryPolicy, idempotent: boolean): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    let wait = policy.pauseMs * 2 ** (attempt - 1);
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(policy.timeoutMs) });
      if (response.ok) return response;
      if (response.status === 401 || response.status === 403) throw new AuthError(await reason(response));
      if (response.status !== 429 && response.status < 500) throw new PostError(await reason(response));
      failure = await reason(response);
      if (response.status === 429) wait = retryAfterMs(response.headers.get('retry-after')) ?? wait;
    } catch (error) {
      if (error instanceof AuthError || error instanceof PostError) throw error;
      const timedOut = (error as Error).name === 'TimeoutError';
      failure = timedOut ? `no answer within ${policy.timeoutMs / 1000} s` : `connection failed (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
      // A lost connection before any answer might still have delivered the request.
      if (!idempotent) throw new UncertainError(failure);
    }
    if (attempt >= policy.attempts) throw new PostError(`${failure}, ${attempt} times`);
    if (wait > policy.maxWaitMs) throw new PostError(`${failure}; asked to wait ${Math.ceil(wait / 1000)} s, longer than this run waits`);
    await sleep(wait);
  }
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'User-Agent': 'DistributedBytes-announce/1.0', ...headers },
  body: JSON.stringify(body),
});

export function mastodonClient(instance: string, token: string, policy: RetryPolicy): NetworkClient {
  const base = instance.replace(/\/+$/, '');
  return {
    network: 'mastodon',
    label: 'Mastodon',
    async post(entry, siteName) {
      // Mastodon keeps the key an hour: a retry, or a second run meanwhile, gets the same status back.
      const init = json({ status: mastodonStatus(entry, siteName), visibility: 'public', language: 'en' }, {
        Authorization: `Bearer ${token}`,
        'Idempotency-Key': `distributed-bytes ${entry.key}`,
      });
      const status = (await (await send(`${base}/api/v1/statuses`, init, policy, true)).json()) as { url?: string; uri?: string };
      return status.url ?? status.uri ?? '';
    },
  };
}

export function blueskyClient(service: string, handle: string, appPassword: string, policy: RetryPolicy): NetworkClient {
  const base = service.replace(/\/+$/, '');
  let session: Promise<{ accessJwt: string; did: string }> | undefined;
  return {
    network: 'bluesky',
    label: 'Bluesky',
    async post(entry, siteName) {
      // Once per run, and only when there is something to post.
      session ??= send(`${base}/xrpc/com.atproto.server.createSession`, json({ identifier: handle, password: appPassword }), policy, true).then(
        (response) => response.json() as Promise<{ accessJwt: string; did: string }>,
      );
      const { accessJwt, did } = await session;
      const record = { $type: 'app.bsky.feed.post', ...blueskyPost(entry, siteName), langs: ['en'], createdAt: new Date().toISOString() };
      const init = json({ repo: did, collection: 'app.bsky.feed.post', record }, { Authorization: `Bearer ${accessJwt}` });
      const { uri } = (await (await send(`${base}/xrpc/com.atproto.repo.createRecord`, init, policy, false)).json()) as { uri: string };
      // at://<did>/app.bsky.feed.post/<rkey> → the post's page.
      const rkey = uri.split('/').pop();
      return `https://bsky.app/profile/${did}/post/${rkey}`;
    },
  };
}

type Environment = Record<string, string | undefined>;

/** The networks whose settings are complete, and a line for each that is skipped. */
export function configuredNetworks(env: Environment, policy: RetryPolicy = DEFAULT_RETRY): { clients: NetworkClient[]; skipped: string[] } {
  const clients: NetworkClient[] = [];
  const skipped: string[] = [];
  const settings = (label: string, names: string[]) => {
    const values = names.map((name) => env[name]?.trim() || undefined);
    if (values.every(Boolean)) return values as string[];
    skipped.push(
      values.some(Boolean)
        ? `${label}: skipped, ${names.filter((_, index) => !values[index]).join(' and ')} not set (the others are).`
        : `${label}: skipped, not configured (set ${names.join(' and ')}).`,
    );
    return undefined;
  };
  const mastodon = settings('Mastodon', ['MASTODON_INSTANCE', 'MASTODON_ACCESS_TOKEN']);
  if (mastodon) clients.push(mastodonClient(mastodon[0], mastodon[1], policy));
  const bluesky = settings('Bluesky', ['BLUESKY_HANDLE', 'BLUESKY_APP_PASSWORD']);
  if (bluesky) clients.push(blueskyClient(env.BLUESKY_SERVICE?.trim() || 'https://bsky.social', bluesky[0], bluesky[1], policy));
  return { clients, skipped };
}
