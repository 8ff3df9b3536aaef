import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { graphemeLength } from '../../lib/announce/compose';
import { type AnnounceRecord } from '../../lib/announce/record';
import { announce, type AnnounceOptions } from './announce';
import { retryAfterMs } from './announce-networks';

/** What a fake network received: the path, the headers that matter and the JSON body. */
interface Received {
  path: string;
  authorization?: string;
  idempotencyKey?: string;
  body: Record<string, unknown>;
}

/** A handler's answer: a status, headers, a body, or a pause longer than the client waits. */
type Answer = { status: number; headers?: Record<string, string>; body?: unknown; hang?: boolean };

/** A local server that records each request and answers from a queue per path, then with `fallback`. */
function fakeNetwork(fallback: (request: Received) => Answer) {
  const received: Received[] = [];
  const queued = new Map<string, Answer[]>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      const got: Received = {
        path: request.url ?? '',
        authorization: request.headers.authorization,
        idempotencyKey: request.headers['idempotency-key'] as string | undefined,
        body: JSON.parse(text || '{}'),
      };
      received.push(got);
      const answer = queued.get(got.path)?.shift() ?? fallback(got);
      if (answer.hang) return;
      response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body ?? {}));
    });
  });
  return {
    server,
    received,
    /** Answers the next requests to `path` with these, in order. */
    queue: (path: string, ...answers: Answer[]) => queued.set(path, answers),
    reset: () => {
      received.length = 0;
      queued.clear();
    },
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  };
}

let statusCount = 0;
const mastodon = fakeNetwork(({ path }) =>
  path === '/api/v1/statuses' ? { status: 200, body: { id: String(++statusCount), url: `https://m.example/@bytes/${statusCount}` } } : { status: 404 },
);
let recordCount = 0;
const bluesky = fakeNetwork(({ path }) => {
  if (path === '/xrpc/com.atproto.server.createSession') return { status: 200, body: { accessJwt: 'jwt-1', did: 'did:plc:bytes' } };
  if (path === '/xrpc/com.atproto.repo.createRecord') return { status: 200, body: { uri: `at://did:plc:bytes/app.bsky.feed.post/rkey${++recordCount}`, cid: 'c' } };
  return { status: 404 };
});

const STATUSES = '/api/v1/statuses';
const SESSION = '/xrpc/com.atproto.server.createSession';
const CREATE = '/xrpc/com.atproto.repo.createRecord';

const today = '2026-11-26';
const item = (slug: string, date: string, title = `Title of ${slug}`) => ({
  id: `https://bytes.example/posts/${slug}`,
  url: `https://bytes.example/posts/${slug}`,
  external_url: `https://example.com/${slug}`,
  title,
  summary: `About ${slug}.`,
  date_published: `${date}T00:00:00.000Z`,
  tags: ['formal-methods', 'consensus'],
});

let dir: string;
let lines: string[];
const feedFile = () => join(dir, 'feed.json');
const recordFile = () => join(dir, 'announced.json');
const record = (): AnnounceRecord => JSON.parse(readFileSync(recordFile(), 'utf8'));
const writeFeed = (...items: unknown[]) => writeFileSync(feedFile(), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }));
/** A record in which these entries were announced on both networks before. */
const writeRecord = (...slugs: string[]) => {
  const done = Object.fromEntries(slugs.map((slug) => [`/posts/${slug}`, { at: '2026-11-01T00:00:00.000Z', adopted: true }]));
  writeFileSync(recordFile(), JSON.stringify({ version: 1, networks: { mastodon: done, bluesky: done } }));
};

const run = (options: Partial<AnnounceOptions> = {}) =>
  announce({
    feed: feedFile(),
    record: recordFile(),
    dryRun: false,
    env: {
      MASTODON_INSTANCE: mastodon.url(),
      MASTODON_ACCESS_TOKEN: 'mastodon-token',
      BLUESKY_HANDLE: 'bytes.example',
      BLUESKY_APP_PASSWORD: 'app-password',
      BLUESKY_SERVICE: bluesky.url(),
    },
    postsDir: join(dir, 'posts'),
    today,
    retry: { attempts: 3, pauseMs: 20, maxWaitMs: 5_000, timeoutMs: 500 },
    log: (line) => lines.push(line),
    ...options,
  });

const listen = (server: Server) => new Promise<void>((done) => server.listen(0, '127.0.0.1', done));

before(async () => {
  await listen(mastodon.server);
  await listen(bluesky.server);
});
after(() => {
  mastodon.server.close();
  bluesky.server.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'announce-'));
  mkdirSync(join(dir, 'posts'));
  lines = [];
  mastodon.reset();
  bluesky.reset();
  writeFeed(item('old-one', '2026-11-20'), item('raft', '2026-11-25'), item('leases', today));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run announce', () => {
  it('on its first run, with no record, posts nothing and records what the site already has', async () => {
    assert.equal(await run(), true);
    assert.deepEqual([...mastodon.received, ...bluesky.received], []);
    for (const network of ['mastodon', 'bluesky'] as const) {
      assert.deepEqual(Object.keys(record().networks[network]!), ['/posts/old-one', '/posts/raft', '/posts/leases']);
      assert.ok(Object.values(record().networks[network]!).every((mark) => mark.adopted));
    }
    assert.ok(lines.includes('Mastodon: first run, 3 entries already on the site recorded as announced; nothing posted.'));
  });

  it('posts each new entry once on each network, with its card, tags and permalink; a second run posts nothing', async () => {
    writeRecord('old-one');
    assert.equal(await run(), true);
    const statuses = mastodon.received.filter(({ path }) => path === STATUSES);
    assert.deepEqual(statuses.map(({ body }) => (body.status as string).split('\n')[0]), ['Title of raft', 'Title of leases']);
    assert.equal(
      statuses[1].body.status,
      'Title of leases\n\nhttps://example.com/leases\n\n#FormalMethods #Consensus\n\nOn Distributed Bytes: https://bytes.example/posts/leases',
    );
    assert.equal(statuses[1].authorization, 'Bearer mastodon-token');
    assert.equal(statuses[1].idempotencyKey, 'distributed-bytes /posts/leases');
    assert.deepEqual(bluesky.received.map(({ path }) => path), [SESSION, CREATE, CREATE]);
    assert.deepEqual(bluesky.received[0].body, { identifier: 'bytes.example', password: 'app-password' });
    const post = bluesky.received[2].body;
    assert.equal(bluesky.received[2].authorization, 'Bearer jwt-1');
    assert.equal(post.repo, 'did:plc:bytes');
    assert.equal(post.collection, 'app.bsky.feed.post');
    const recordBody = post.record as { text: string; embed: { external: { uri: string } }; facets: unknown[] };
    assert.equal(recordBody.text, 'Title of leases\n\nexample.com/leases\nOn Distributed Bytes: bytes.example/posts/leases\n\n#FormalMethods #Consensus');
    assert.equal(recordBody.embed.external.uri, 'https://example.com/leases');
    assert.equal(recordBody.facets.length, 4);
    assert.equal(record().networks.mastodon!['/posts/leases'].post, 'https://m.example/@bytes/' + statuses.length);
    assert.match(record().networks.bluesky!['/posts/leases'].post!, /^https:\/\/bsky\.app\/profile\/did:plc:bytes\/post\/rkey\d+$/);

    mastodon.reset();
    bluesky.reset();
    assert.equal(await run(), true);
    assert.deepEqual([...mastodon.received, ...bluesky.received], []);
    assert.ok(lines.includes('Mastodon: nothing new to announce.'));
  });

  it('waits out a 429’s Retry-After, and retries a 5xx, sending one status each time', async () => {
    writeRecord('old-one', 'raft');
    mastodon.queue(STATUSES, { status: 429, headers: { 'Retry-After': '1' }, body: { error: 'Too many requests' } });
    bluesky.queue(CREATE, { status: 502, body: { message: 'Bad gateway' } });
    const started = Date.now();
    assert.equal(await run(), true);
    const statuses = mastodon.received.filter(({ path }) => path === STATUSES);
    assert.equal(statuses.length, 2);
    assert.ok(Date.now() - started >= 1_000, 'waited for Retry-After');
    assert.equal(statuses[0].idempotencyKey, statuses[1].idempotencyKey);
    assert.equal(bluesky.received.filter(({ path }) => path === CREATE).length, 2);
    assert.ok(record().networks.mastodon!['/posts/leases'].post);
    assert.ok(record().networks.bluesky!['/posts/leases'].post);
  });

  it('reports a 401 per entry and stops that network, while the other still posts and both records stay', async () => {
    writeRecord('old-one');
    mastodon.queue(STATUSES, { status: 401, body: { error: 'The access token is invalid' } });
    assert.equal(await run(), false);
    assert.equal(mastodon.received.length, 1, 'no further status after the credentials were refused');
    assert.ok(lines.includes('Mastodon: /posts/raft not posted: 401 The access token is invalid.'));
    assert.ok(lines.includes('Mastodon: the credentials were refused; nothing more is posted there this run.'));
    assert.equal(bluesky.received.filter(({ path }) => path === CREATE).length, 2);
    assert.deepEqual(Object.keys(record().networks.mastodon!), ['/posts/old-one']);
    assert.deepEqual(Object.keys(record().networks.bluesky!), ['/posts/old-one', '/posts/raft', '/posts/leases']);
    // The next run posts on Mastodon what it missed, and nothing twice on Bluesky.
    mastodon.reset();
    bluesky.reset();
    assert.equal(await run(), true);
    assert.equal(mastodon.received.length, 2);
    assert.equal(bluesky.received.length, 0);
  });

  it('gives up on a Retry-After longer than it waits, and on a 5xx that lasts, keeping the entry for the next run', async () => {
    writeRecord('old-one', 'raft');
    mastodon.queue(STATUSES, { status: 429, headers: { 'Retry-After': '3600' } });
    bluesky.queue(CREATE, { status: 503 }, { status: 503 }, { status: 503 });
    assert.equal(await run(), false);
    assert.ok(lines.some((line) => /^Mastodon: \/posts\/leases not posted: 429 .*asked to wait 3600 s/.test(line)));
    assert.ok(lines.some((line) => /^Bluesky: \/posts\/leases not posted: 503 .*, 3 times/.test(line)));
    assert.equal(record().networks.mastodon!['/posts/leases'], undefined);
  });

  it('never sends again a Bluesky post that got no answer: it may exist', async () => {
    writeRecord('old-one', 'raft');
    bluesky.queue(CREATE, { status: 200, hang: true });
    assert.equal(await run(), false);
    assert.equal(bluesky.received.filter(({ path }) => path === CREATE).length, 1);
    assert.equal(record().networks.bluesky!['/posts/leases'].uncertain, true);
    assert.ok(lines.some((line) => line.startsWith('Bluesky: /posts/leases: no answer within 0.5 s; it may have been posted')));
    bluesky.reset();
    await run();
    assert.equal(bluesky.received.length, 0);
  });

  it('never posts a draft or an entry dated after today, whatever the feed says', async () => {
    writeRecord('old-one');
    writeFileSync(join(dir, 'posts', 'raft.mdx'), '---\ntitle: Raft\nurl: https://example.com/raft\ndate: 2026-11-25\ndescription: D.\ndraft: true\n---\n');
    writeFileSync(join(dir, 'posts', 'leases.mdx'), '---\ntitle: Leases\nurl: https://example.com/leases\ndate: 2026-12-01\ndescription: D.\n---\n');
    writeFeed(item('old-one', '2026-11-20'), item('raft', '2026-11-25'), item('leases', today), item('tomorrow', '2026-11-27'));
    assert.equal(await run(), true);
    assert.deepEqual([...mastodon.received, ...bluesky.received], []);
    assert.ok(lines.includes(`Not announced: /posts/raft (${join(dir, 'posts', 'raft.mdx')} is a draft).`));
    assert.ok(lines.includes(`Not announced: /posts/leases (${join(dir, 'posts', 'leases.mdx')} is dated 2026-12-01).`));
    assert.ok(lines.includes('Mastodon: 1 entry waits for a later run.'));
  });

  it('keeps a 300-character title within each network’s limit', async () => {
    writeRecord('old-one', 'raft');
    writeFeed(item('leases', today, `${'Leases and fencing tokens '.repeat(12)}`.slice(0, 300)));
    await run();
    const [status] = mastodon.received;
    assert.ok((status.body.status as string).length <= 500 && (status.body.status as string).includes('https://example.com/leases'));
    const text = (bluesky.received[1].body.record as { text: string }).text;
    assert.ok(graphemeLength(text) <= 300, String(graphemeLength(text)));
    assert.match(text, /…\n\nexample\.com\/leases\n/);
  });

  it('--dry-run prints what it would post on both networks and sends and writes nothing', async () => {
    writeRecord('old-one');
    const before = readFileSync(recordFile(), 'utf8');
    assert.equal(await run({ dryRun: true, env: {} }), true);
    assert.deepEqual([...mastodon.received, ...bluesky.received], []);
    assert.equal(readFileSync(recordFile(), 'utf8'), before);
    assert.ok(lines.includes('Mastodon: skipped, not configured (set MASTODON_INSTANCE and MASTODON_ACCESS_TOKEN).'));
    assert.ok(lines.some((line) => line.startsWith('Mastodon (not configured) would post /posts/raft:\n    Title of raft\n')));
    assert.ok(lines.some((line) => line.startsWith('Bluesky (not configured) would post /posts/leases:\n    Title of leases\n')));
  });

  it('refuses a damaged record, naming it, rather than reposting everything', async () => {
    writeFileSync(recordFile(), '{"version":1,"networks":{"mastodon":[]}}');
    await assert.rejects(run(), new RegExp(`^Error: ${recordFile().replace(/[/.]/g, '\\$&')} has an unknown network or a malformed list`));
    assert.deepEqual(mastodon.received, []);
  });

  it('reads the feed from the deployed site', async () => {
    writeRecord('old-one', 'raft');
    const site = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'application/feed+json' }).end(readFileSync(feedFile())));
    await listen(site);
    try {
      assert.equal(await run({ feed: `http://127.0.0.1:${(site.address() as AddressInfo).port}/feed.json` }), true);
      assert.equal(mastodon.received.length, 1);
    } finally {
      site.close();
    }
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    assert.equal(retryAfterMs('2'), 2_000);
    assert.equal(retryAfterMs('Thu, 26 Nov 2026 10:00:30 GMT', Date.parse('2026-11-26T10:00:00Z')), 30_000);
    assert.equal(retryAfterMs(null), undefined);
    assert.equal(retryAfterMs('soon'), undefined);
  });
});
