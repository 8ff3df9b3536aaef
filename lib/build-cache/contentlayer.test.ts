import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { restoreCache, saveCache } from './contentlayer.mjs';

// The module works on the project's folders, relative to where it runs: run it in a scratch one.
const project = mkdtempSync(join(tmpdir(), 'contentlayer-cache-'));
const home = process.cwd();
before(() => process.chdir(project));
after(() => {
  process.chdir(home);
  rmSync(project, { recursive: true, force: true });
});

const dataFile = join('.contentlayer', '.cache', 'v0.5.8', 'data-ABC.json');
/** What Contentlayer leaves after a build: a document for each file, made from it. */
function contentlayerBuilt(files: string[]) {
  mkdirSync(join('.contentlayer', '.cache', 'v0.5.8'), { recursive: true });
  const items = Object.fromEntries(files.map((file) => [file, { document: { made: readFileSync(join('content', file), 'utf8') }, documentHash: 'old time', hasWarnings: false }]));
  writeFileSync(dataFile, JSON.stringify({ cacheItemsMap: items }));
}
const restored = () => JSON.parse(readFileSync(dataFile, 'utf8')).cacheItemsMap;

describe("Contentlayer's cache, kept between builds", () => {
  it('gives back the documents of unchanged files only, marked with their present times', () => {
    mkdirSync('content/posts', { recursive: true });
    mkdirSync('node_modules');
    writeFileSync('node_modules/.package-lock.json', '{"lockfileVersion": 3}');
    writeFileSync('content/posts/a.mdx', 'a');
    writeFileSync('content/posts/b.mdx', 'b');
    const digests = restoreCache();
    contentlayerBuilt(['posts/a.mdx', 'posts/b.mdx']);
    saveCache(digests);

    writeFileSync('content/posts/b.mdx', 'b, edited');
    restoreCache();
    const items = restored();
    assert.deepEqual(Object.keys(items), ['posts/a.mdx']);
    assert.equal(items['posts/a.mdx'].documentHash, String(statSync('content/posts/a.mdx').mtime.getTime()));
  });

  it('keeps nothing of a file that changed while Contentlayer read it', () => {
    writeFileSync('content/posts/b.mdx', 'b');
    const digests = restoreCache();
    contentlayerBuilt(['posts/a.mdx', 'posts/b.mdx']);
    writeFileSync('content/posts/a.mdx', 'a, edited meanwhile');
    saveCache(digests);
    restoreCache();
    assert.deepEqual(Object.keys(restored()), ['posts/b.mdx']);
  });

  it('starts afresh when the packages that make documents change', () => {
    const digests = restoreCache();
    contentlayerBuilt(['posts/a.mdx', 'posts/b.mdx']);
    saveCache(digests);
    writeFileSync('node_modules/.package-lock.json', '{"lockfileVersion": 3, "packages": {}}');
    restoreCache();
    assert.throws(() => statSync(dataFile), /ENOENT/);
  });
});
