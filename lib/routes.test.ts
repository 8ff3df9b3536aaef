import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportedFileOf, pageFromSegments, pageHref, pageSegments, pathOfExportedFile, permalinkOf, slugOfPermalink } from './routes';

describe('page URLs', () => {
  it('links the newest page to the list itself and the older pages under /page/N', () => {
    assert.equal(pageHref('/', 'newest'), '/');
    assert.equal(pageHref('/', 1), '/page/1');
    assert.equal(pageHref('/tags/aws', 'newest'), '/tags/aws');
    assert.equal(pageHref('/tags/aws', 3), '/tags/aws/page/3');
  });

  it('round-trips pages through route segments', () => {
    for (const page of ['newest', 1, 2, 17] as const) assert.equal(pageFromSegments(pageSegments(page)), page);
    assert.equal(pageFromSegments(undefined), 'newest');
  });

  it('refuses any other trailing segments', () => {
    for (const segments of [['page', '0'], ['page', '02'], ['page'], ['pages', '2'], ['page', '2', 'x'], ['page', 'two']]) {
      assert.equal(pageFromSegments(segments), undefined, segments.join('/'));
    }
  });
});

describe('permalinks', () => {
  it('round-trip a slug, and know no other path as an entry', () => {
    assert.equal(permalinkOf('paxos'), '/posts/paxos');
    assert.equal(slugOfPermalink(permalinkOf('paxos')), 'paxos');
    for (const path of ['/tags/paxos', '/posts/', '/posts/a/b', '/posts']) assert.equal(slugOfPermalink(path), undefined, path);
  });

  it("map out/'s files to the addresses readers use, and back", () => {
    assert.equal(pathOfExportedFile('/posts/paxos.html'), '/posts/paxos');
    assert.equal(pathOfExportedFile('/index.html'), '/');
    assert.equal(pathOfExportedFile('/tags/aws/index.html'), '/tags/aws/');
    for (const path of ['/', permalinkOf('paxos'), '/tags/aws/page/2']) assert.equal(pathOfExportedFile(exportedFileOf(path)), path);
  });
});
