import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PAGE_CACHE, writeCached } from '@/lib/build-cache/store';
import { copyKept, keptPageFor, pageToKeep } from './kept-pages';

describe('a kept page and the deployment id', () => {
  const page = (id: string) => `<html data-dpl-id="${id}"><link rel="stylesheet" href="/_next/static/a.css?dpl=${id}"/><p>An entry</p></html>`;

  it('is kept without the id and copied with the next build’s, so a new id per build re-renders nothing', () => {
    const kept = pageToKeep(page('dpl_1'), 'dpl_1')!;
    assert.equal(kept, pageToKeep(page('dpl_2'), 'dpl_2'));
    assert.equal(keptPageFor(kept, 'dpl_2'), page('dpl_2'));
  });

  it('is not kept when the id stands elsewhere in it, or the page holds the mark itself: its copy could not be exact', () => {
    assert.equal(pageToKeep(page('dpl_1'), 'dpl_1') === undefined, false);
    assert.equal(pageToKeep('<p>deployment dpl_9</p>', 'dpl_9'), undefined);
    assert.equal(pageToKeep('<p>\u0000deployment-id\u0000</p>'), undefined);
    assert.equal(pageToKeep('<p>a page</p>'), '<p>a page</p>');
  });
});

describe('pages and files copied from the cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'kept-pages-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const finished = (words: string) => `<!DOCTYPE html><html data-dpl-id="\u0000deployment-id\u0000"><head><title>T</title></head><body><p>${words}</p></body></html>`;
  const keep = (key: string, text: string | Buffer) => writeCached(PAGE_CACHE, key, Buffer.from(text), root);
  const copies = Array.from({ length: 6 }, (_, n) => ({ key: `page-${n}`, file: `out/posts/p${n}.html`, asFile: false }));
  const image = { key: 'image', file: 'out/og/posts/p0.png', asFile: true };
  const inOut = (file: string) => join(root, file);

  it('are written to out/, pages with this build’s deployment id and files byte for byte, from every worker', async () => {
    copies.forEach(({ key }, n) => keep(key, finished(`kept ${n}`)));
    keep(image.key, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]));
    // One copy a worker: as many workers as cores.
    assert.deepEqual(await copyKept([...copies, image], 'dpl_7', root, 1), []);
    assert.equal(readFileSync(inOut('out/posts/p4.html'), 'utf8'), finished('kept 4').replace('\u0000deployment-id\u0000', 'dpl_7'));
    assert.deepEqual([...readFileSync(inOut(image.file))], [0x89, 0x50, 0x4e, 0x47, 0, 255]);
  });

  it('are refused, naming the page, when a file in the cache was rewritten with a script or a frame; then nothing kept is left in out/', async () => {
    rmSync(join(root, 'out'), { recursive: true, force: true });
    keep('page-3', finished('kept 3').replace('</body>', '<script>alert(1)</script><iframe src="https://evil.example"></iframe></body>'));
    const problems = await copyKept([...copies, image], '', root, 1);
    assert.ok(problems.length >= 2, problems.join('\n'));
    assert.ok(problems.every((problem) => problem.startsWith('out/posts/p3.html: ')), problems.join('\n'));
    assert.match(problems.join('\n'), /script/);
    assert.match(problems.join('\n'), /iframe/);
    assert.equal([...copies, image].some(({ file }) => existsSync(inOut(file))), false);
  });

  it('are refused when a page still carries the framework a static page loses, or its kept file is damaged', async () => {
    keep('page-3', finished('kept 3').replace('</body>', '<script src="/_next/static/chunks/a.js" async=""></script></body>'));
    assert.equal((await copyKept(copies, '', root)).length, 1);
    keep('page-3', finished('kept 3'));
    assert.deepEqual(await copyKept(copies, '', root), []);
    rmSync(join(root, '.next'), { recursive: true, force: true });
    assert.match((await copyKept(copies.slice(0, 1), '', root)).join('\n'), /^out\/posts\/p0\.html: its kept page was damaged/);
  });
});
