import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { resolvePath, staticHost } from './serve';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const files: Record<string, string> = {
  'index.html': '<!DOCTYPE html><title>Home</title>',
  'about.html': '<!DOCTYPE html><title>About</title>',
  '404.html': '<!DOCTYPE html><title>Not found</title>',
  'posts/paxos.html': '<!DOCTYPE html><title>Paxos</title>',
  '_next/static/chunks/app.js': 'console.log(1)',
  'feed.xml': '<?xml version="1.0"?><rss/>',
};

let root: string;
let server: Server;
let base: string;
const logged: string[] = [];
const originalError = console.error;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  server = createServer(
    staticHost(root, {
      headers: [
        { source: '/(.*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }, { key: 'X-Rule', value: 'all' }] },
        { source: '/posts/:slug', headers: [{ key: 'X-Rule', value: 'post' }] },
        { source: '/_next/static/(.*)', headers: [{ key: 'Cache-Control', value: IMMUTABLE }] },
      ],
      redirects: [
        { source: '/tags/tla', destination: '/tags/tla-plus', permanent: true },
        { source: '/tags/tla/page/:page', destination: '/tags/tla-plus', permanent: true },
        { source: '/tags/tla/feed.xml', destination: '/tags/tla-plus/feed.xml', permanent: true },
      ],
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
});

after(() => {
  console.error = originalError;
  server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { redirect: 'manual', ...init });

describe('npm start', () => {
  it('serves clean URLs, and the 404 page with status 404', async () => {
    for (const [path, title] of [['/', 'Home'], ['/about', 'About'], ['/posts/paxos', 'Paxos']]) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.match(await response.text(), new RegExp(`<title>${title}</title>`));
    }
    const missing = await get('/posts/nothing-here');
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /Not found/);
  });

  it("keeps a rule's year-long cache time for the files it names, never for a 404, a redirect or an error", async () => {
    assert.equal((await get('/_next/static/chunks/app.js')).headers.get('cache-control'), IMMUTABLE);
    for (const [path, status] of [['/_next/static/chunks/missing.js', 404], ['/_next/static/', 308], ['/_next/static/%E0%A4%A', 400]] as const) {
      const response = await get(path);
      assert.equal(response.status, status, path);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=0, must-revalidate', path);
    }
    const posted = await get('/_next/static/chunks/app.js', { method: 'POST' });
    assert.equal([posted.status, posted.headers.get('cache-control')].join(' '), '405 public, max-age=0, must-revalidate');
  });

  it('redirects .html and trailing-slash addresses to the clean URL, and never to another host', async () => {
    for (const [path, location] of [['/about.html', '/about'], ['/about/', '/about'], ['/index.html', '/'], ['/index', '/'], ['/posts/index', '/posts'], ['/posts/paxos/?a=1', '/posts/paxos?a=1'], ['//evil.test/', '/evil.test']]) {
      const response = await get(path);
      assert.equal(response.status, 308, path);
      assert.equal(response.headers.get('location'), location, path);
    }
    // fetch() itself turns `\` into `/`; a browser following `Location: /\\host` would not.
    assert.deepEqual(resolvePath(root, '/\\evil.test/'), { redirect: '/evil.test' });
    assert.deepEqual(resolvePath(root, '/%5Cevil.test/'), { redirect: '/evil.test' });
  });

  it("answers vercel.json's permanent redirects with 308 and their destination, the query kept", async () => {
    for (const [path, location] of [['/tags/tla', '/tags/tla-plus'], ['/tags/tla/page/3', '/tags/tla-plus'], ['/tags/tla/feed.xml', '/tags/tla-plus/feed.xml'], ['/tags/tla?x=1', '/tags/tla-plus?x=1']]) {
      const response = await get(path);
      assert.equal(response.status, 308, path);
      assert.equal(response.headers.get('location'), location, path);
    }
    assert.equal((await get('/tags/tla-plus')).status, 404);
  });

  it('answers hostile paths with 400 or 404, never 500, and logs nothing', async () => {
    const paths = ['/posts/%00', '/a%00b.html', '/%E0%A4%A', '/%', `/${'a'.repeat(5000)}`, `/posts/${'b'.repeat(300)}`, '/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/.env'];
    for (const path of paths) {
      const response = await get(path);
      assert.ok([400, 404].includes(response.status), `${path}: ${response.status}`);
      assert.doesNotMatch(await response.text(), /Error|at .*\(/, path);
    }
    assert.deepEqual(logged, []);
  });

  it('answers 405 to methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await get('/about', { method });
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.get('allow'), 'GET, HEAD');
    }
    const head = await get('/about', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });

  it('serves byte ranges, and 416 with no body for one it cannot satisfy', async () => {
    const part = await get('/about', { headers: { Range: 'bytes=0-8' } });
    assert.equal(part.status, 206);
    assert.equal(await part.text(), '<!DOCTYPE');
    const beyond = await get('/about', { headers: { Range: 'bytes=99999-' } });
    assert.equal(beyond.status, 416);
    assert.equal(beyond.headers.get('content-range'), `bytes */${files['about.html'].length}`);
    assert.equal(await beyond.text(), '');
  });

  it('caches hashed assets for a year and revalidates everything else with an ETag', async () => {
    const asset = await get('/_next/static/chunks/app.js');
    assert.equal(asset.headers.get('cache-control'), IMMUTABLE);
    const page = await get('/about');
    assert.equal(page.headers.get('cache-control'), 'public, max-age=0, must-revalidate');
    const etag = page.headers.get('etag');
    const lastModified = page.headers.get('last-modified');
    assert.ok(etag && lastModified);
    // As a browser revalidates; fetch() itself would add `Cache-Control: no-cache`, which forbids a 304.
    const revalidate = { 'Cache-Control': 'max-age=0' };
    assert.equal((await get('/about', { headers: { ...revalidate, 'If-None-Match': etag } })).status, 304);
    assert.equal((await get('/about', { headers: { ...revalidate, 'If-Modified-Since': lastModified } })).status, 304);
    assert.equal((await get('/about', { headers: { 'If-None-Match': '"other"' } })).status, 200);
  });

  it("applies every rule of vercel.json that matches, the later one winning", async () => {
    const post = await get('/posts/paxos');
    assert.equal(post.headers.get('x-rule'), 'post');
    assert.equal(post.headers.get('x-frame-options'), 'DENY');
    const about = await get('/about');
    assert.equal(about.headers.get('x-rule'), 'all');
    assert.equal((await get('/nothing', { method: 'POST' })).headers.get('x-frame-options'), 'DENY');
  });

  it('compresses text for a client that accepts gzip', async () => {
    const response = await get('/feed.xml', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /xml/);
  });
});
