import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { isDead, type LinkRecord, mergeRecords, outcomesChanged, staleUrls } from '../../lib/link-status';
import { type CheckOptions, checkLinks, LINK_CHECK_USER_AGENT, report } from './check-links';

let server: Server;
let base: string;
const seen: { method: string; path: string; at: number; agent?: string }[] = [];

before(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    seen.push({ method: request.method ?? '', path, at: Date.now(), agent: request.headers['user-agent'] });
    const send = (status: number, headers: Record<string, string> = {}) => response.writeHead(status, headers).end();
    if (path === '/ok') return send(200);
    if (path === '/hop1') return send(301, { Location: '/hop2' });
    if (path === '/hop2') return send(302, { Location: '/ok' });
    if (path === '/gone') return send(404);
    if (path === '/broken') return send(500);
    if (path === '/forbidden') return send(403);
    if (path === '/busy') return send(429);
    if (path === '/no-head') return send(request.method === 'HEAD' ? 405 : 200);
    if (path === '/slow') return; // Never answers.
    if (path === '/head-hangs') return request.method === 'HEAD' ? undefined : send(200);
    if (path === '/busy-briefly') return send(seen.filter((call) => call.path === path).length === 1 ? 429 : 200, { 'Retry-After': '1' });
    if (path === '/busy-for-hours') return send(429, { 'Retry-After': '7200' });
    send(404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.closeAllConnections() ?? server.close());

const fast: CheckOptions = { concurrency: 4, perHostDelayMs: 0, timeoutMs: 500, retries: 1, retryDelayMs: 10, maxRetryAfterMs: 5000, today: '2026-11-24' };

describe('checkLinks against a local server', () => {
  it('records each outcome: alive, redirected, dead, unknown', async () => {
    const paths = ['/ok', '/hop1', '/gone', '/broken', '/forbidden', '/busy', '/no-head', '/slow'];
    const records = await checkLinks(paths.map((path) => `${base}${path}`), fast);
    const byPath = Object.fromEntries(records.map(({ url, status, outcome, note }) => [url.slice(base.length), { status, outcome, ...(note ? { note } : {}) }]));
    assert.deepEqual(byPath, {
      '/ok': { status: 200, outcome: 'ok' },
      '/hop1': { status: 200, outcome: 'ok' },
      '/gone': { status: 404, outcome: 'dead' },
      '/broken': { status: 500, outcome: 'unknown' },
      '/forbidden': { status: 403, outcome: 'unknown' },
      '/busy': { status: 429, outcome: 'unknown' },
      '/no-head': { status: 200, outcome: 'ok' },
      '/slow': { status: null, outcome: 'unknown', note: 'timeout' },
    });
    assert.ok(records.every((record) => record.checked === '2026-11-24'));
  });

  it('falls back to GET only where HEAD is refused, and retries a 500', async () => {
    seen.length = 0;
    await checkLinks([`${base}/no-head`, `${base}/broken`, `${base}/ok`], fast);
    const calls = (path: string) => seen.filter((call) => call.path === path).map((call) => call.method);
    assert.deepEqual(calls('/no-head'), ['HEAD', 'GET']);
    assert.deepEqual(calls('/ok'), ['HEAD']);
    assert.deepEqual(calls('/broken'), ['HEAD', 'GET', 'HEAD', 'GET']);
  });

  it('tries GET when HEAD never answers', async () => {
    const [record] = await checkLinks([`${base}/head-hangs`], fast);
    assert.deepEqual([record.status, record.outcome], [200, 'ok']);
  });

  it("waits for a 429's Retry-After before trying again, and gives up for the run on a long one", async () => {
    seen.length = 0;
    const [record] = await checkLinks([`${base}/busy-briefly`], fast);
    assert.deepEqual([record.status, record.outcome], [200, 'ok']);
    const [first, second] = seen.filter((call) => call.path === '/busy-briefly');
    assert.ok(second.at - first.at >= 900, `retried after ${second.at - first.at} ms`);
    const started = Date.now();
    const [busy] = await checkLinks([`${base}/busy-for-hours`], fast);
    assert.deepEqual([busy.outcome, seen.filter((call) => call.path === '/busy-for-hours').length], ['unknown', 1]);
    assert.ok(Date.now() - started < 1000);
  });

  it('names itself as the link check, with the site address', async () => {
    seen.length = 0;
    await checkLinks([`${base}/ok`], fast);
    assert.equal(seen[0].agent, LINK_CHECK_USER_AGENT);
    assert.match(LINK_CHECK_USER_AGENT, /LinkCheck.*checks that the links shared there still answer/);
    assert.doesNotMatch(LINK_CHECK_USER_AGENT, /new entry/);
  });

  it('spaces requests to one host', async () => {
    seen.length = 0;
    await checkLinks([`${base}/ok`, `${base}/forbidden`, `${base}/gone`], { ...fast, retries: 0, perHostDelayMs: 150 });
    const heads = seen.filter((call) => call.method === 'HEAD').map((call) => call.at).sort((a, b) => a - b);
    assert.equal(heads.length, 3);
    // Sent 150 ms apart; what the server sees can come closer by a connection's jitter on a busy machine.
    for (let i = 1; i < heads.length; i++) assert.ok(heads[i] - heads[i - 1] >= 100, `requests ${heads[i] - heads[i - 1]} ms apart`);
  });

  it('says an unresolvable host is dead', async () => {
    const [record] = await checkLinks(['http://no-such-host.invalid/'], fast);
    assert.equal(record.outcome, 'dead');
    assert.equal(record.note, 'ENOTFOUND');
  });
});

describe('the link cache', () => {
  const record = (url: string, checked: string, extra: Partial<LinkRecord> = {}): LinkRecord => ({ url, status: 200, outcome: 'ok', checked, ...extra });

  it('re-checks only new and stale links, never ignored ones', () => {
    const records = [record('https://a', '2026-11-20'), record('https://b', '2026-09-01'), record('https://c', '2026-01-01', { ignore: true })];
    assert.deepEqual(staleUrls(['https://a', 'https://b', 'https://c', 'https://d'], records, '2026-11-24'), ['https://b', 'https://d']);
  });

  it('keeps the ignore flag, drops links no entry uses, sorts by URL', () => {
    const merged = mergeRecords(
      [record('https://b', '2026-01-01', { ignore: true }), record('https://gone', '2026-01-01')],
      [record('https://b', '2026-11-24', { status: 403, outcome: 'unknown' }), record('https://a', '2026-11-24')],
      ['https://a', 'https://b'],
    );
    assert.deepEqual(merged.map((r) => [r.url, r.checked, r.ignore ?? false]), [['https://a', '2026-11-24', false], ['https://b', '2026-11-24', true]]);
  });

  it('counts a change of outcome or of the links as a change, and a new checked date alone as none', () => {
    const before = [record('https://a', '2026-10-01'), record('https://b', '2026-10-01', { status: 503, outcome: 'unknown' })];
    assert.equal(outcomesChanged(before, [record('https://a', '2026-11-24'), record('https://b', '2026-11-24', { status: 500, outcome: 'unknown' })]), false);
    assert.equal(outcomesChanged(before, [record('https://a', '2026-11-24', { status: 404, outcome: 'dead' }), before[1]]), true);
    assert.equal(outcomesChanged(before, [before[0]]), true);
    assert.equal(outcomesChanged(before, [...before, record('https://c', '2026-11-24')]), true);
  });

  it('calls a link dead only on a dead record that is not ignored', () => {
    const records = [record('https://x', '2026-11-24', { status: 404, outcome: 'dead' }), record('https://y', '2026-11-24', { status: 404, outcome: 'dead', ignore: true })];
    assert.equal(isDead('https://x', records), true);
    assert.equal(isDead('https://y', records), false);
    assert.equal(isDead('https://z', records), false);
    assert.match(report(records, new Map([['https://x', 'content/posts/x.mdx']])), /- https:\/\/x — 404 \(content\/posts\/x\.mdx\)/);
  });
});
