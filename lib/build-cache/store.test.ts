import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BUILD_CACHE_DIR, cacheKey, pruneUnused, readCached, writeCached } from './store';

const root = mkdtempSync(join(tmpdir(), 'build-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));
const fileOf = (kind: string, key: string) => join(root, BUILD_CACHE_DIR, kind, key);

describe('the build cache', () => {
  it('keys by every input, in order', () => {
    assert.equal(cacheKey('a', { b: 1 }), cacheKey('a', { b: 1 }));
    assert.notEqual(cacheKey('a', { b: 1 }), cacheKey('a', { b: 2 }));
    assert.notEqual(cacheKey('a', 'b'), cacheKey('b', 'a'));
    assert.notEqual(cacheKey('ab'), cacheKey('a', 'b'));
  });

  it('gives back what was kept', () => {
    writeCached('pages', 'k1', Buffer.from('<p>kept</p>'), root);
    assert.equal(readCached('pages', 'k1', root)?.toString(), '<p>kept</p>');
    assert.equal(readCached('pages', 'other', root), undefined);
    assert.deepEqual(readdirSync(join(root, BUILD_CACHE_DIR, 'pages')), ['k1'], 'no partial file left behind');
  });

  it('reads a file cut short or changed on disk as missing, so it is made again', () => {
    writeCached('images', 'cut', Buffer.alloc(5000, 7), root);
    truncateSync(fileOf('images', 'cut'), 3000);
    assert.equal(readCached('images', 'cut', root), undefined);

    writeCached('images', 'flipped', Buffer.alloc(5000, 7), root);
    const bytes = readFileSync(fileOf('images', 'flipped'));
    bytes[4000] ^= 1;
    writeFileSync(fileOf('images', 'flipped'), bytes);
    assert.equal(readCached('images', 'flipped', root), undefined);

    writeFileSync(fileOf('images', 'empty'), '');
    assert.equal(readCached('images', 'empty', root), undefined);
  });

  it('drops what no build used since a time, and keeps what the latest one read', () => {
    writeCached('old', 'read', Buffer.from('a'), root);
    writeCached('old', 'unread', Buffer.from('b'), root);
    const past = new Date(Date.now() - 3_600_000);
    for (const key of ['read', 'unread']) utimesSync(fileOf('old', key), past, past);
    const since = Date.now() - 1000;
    assert.ok(readCached('old', 'read', root));
    assert.equal(pruneUnused('old', since, root), 1);
    assert.deepEqual(readdirSync(join(root, BUILD_CACHE_DIR, 'old')), ['read']);
  });
});
