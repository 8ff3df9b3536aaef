import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Post } from '../posts';
import { BUILD_CACHE_DIR, TAG_TERMS_CACHE } from './store';
import { keptTermCounts } from './tag-terms';

const root = mkdtempSync(join(tmpdir(), 'tag-terms-'));
after(() => rmSync(root, { recursive: true, force: true }));

const post = (slug: string, title: string) => ({ slug, title }) as unknown as Post;
const build = { version: 'v1', started: 0 };

/** A `make` that counts its calls. */
function counting(terms = (entry: Post) => [[entry.title, 1]]) {
  const made: string[] = [];
  return { made, make: (entry: Post) => (made.push(entry.slug), terms(entry)) };
}

describe("the tag model's kept terms", () => {
  it('makes only the changed entries, plus one kept entry to compare', () => {
    const first = counting();
    assert.deepEqual(keptTermCounts([post('a', 'raft'), post('b', 'paxos')], first.make, build, root), [[['raft', 1]], [['paxos', 1]]]);
    assert.deepEqual(first.made, ['a', 'b']);
    const second = counting();
    const terms = keptTermCounts([post('a', 'raft'), post('b', 'a new title'), post('c', 'crdts')], second.make, build, root);
    assert.deepEqual(terms, [[['raft', 1]], [['a new title', 1]], [['crdts', 1]]]);
    assert.deepEqual(second.made.sort(), ['a', 'b', 'c'], 'b and c are new; a is the kept one compared');
  });

  it('fails the build when a kept entry differs from a fresh one (a key missing an input), naming the entry', () => {
    const changedCode = counting((entry) => [[entry.title.toUpperCase(), 1]]);
    assert.throws(() => keptTermCounts([post('a', 'raft')], changedCode.make, build, root), /kept terms of a differ from fresh ones/);
  });

  it('keeps terms under the code that made them', () => {
    const other = counting((entry) => [[entry.title.toUpperCase(), 1]]);
    assert.deepEqual(keptTermCounts([post('a', 'raft')], other.make, { ...build, version: 'v2' }, root), [[['RAFT', 1]]]);
    assert.deepEqual(other.made, ['a']);
    const again = counting((entry) => [[entry.title.toUpperCase(), 1]]);
    keptTermCounts([post('a', 'raft')], again.make, { ...build, version: 'v2' }, root);
    assert.deepEqual(again.made, ['a'], 'only the compared one');
    assert.equal(readdirSync(join(root, BUILD_CACHE_DIR, TAG_TERMS_CACHE)).length, 2, 'a file per code version, pruned by the build');
  });

  it('makes every entry again when the kept file was changed on disk (a cache shared with strangers’ preview builds)', () => {
    const build3 = { version: 'v3', started: 0 };
    keptTermCounts([post('a', 'raft'), post('b', 'paxos')], counting().make, build3, root);
    const folder = join(root, BUILD_CACHE_DIR, TAG_TERMS_CACHE);
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace('raft', '</script><script>alert(1)</script>'));
    }
    const fresh = counting();
    assert.deepEqual(keptTermCounts([post('a', 'raft'), post('b', 'paxos')], fresh.make, build3, root), [[['raft', 1]], [['paxos', 1]]]);
    assert.deepEqual(fresh.made, ['a', 'b']);
  });

  it('keeps nothing without a build (npm run dev)', () => {
    const dev = counting();
    keptTermCounts([post('a', 'raft')], dev.make, undefined, root);
    keptTermCounts([post('a', 'raft')], dev.make, undefined, root);
    assert.deepEqual(dev.made, ['a', 'a']);
  });
});
