import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Kind } from './kinds';
import { sitemapPages } from './sitemap';

const entry = (slug: string, day: string, tags: string[], kind: Kind = 'article', hostname = 'a.example') => ({
  slug,
  title: slug,
  date: `${day}T00:00:00.000Z`,
  tags,
  kind,
  hostname,
});

/** A Friday: the week of 9–15 March is over, this one is not. */
const TODAY = '2026-03-20';

describe('sitemapPages', () => {
  // Newest first, as lib/posts hands them over; a page size of 1 gives the home page three pages.
  const entries = [
    entry('c', '2026-03-10', ['tla'], 'paper', 'b.example'),
    entry('b', '2026-02-01', ['tla', 'raft']),
    entry('a', '2026-01-05', ['raft']),
  ];

  it('lists every list page, entry, tag page and static page once', () => {
    assert.deepEqual(
      sitemapPages(entries, TODAY, 1, 2).map((page) => page.path),
      [
        ...['/', '/page/2', '/page/1', '/posts/c', '/posts/b', '/posts/a', '/archive', '/archive/2026'],
        ...['/tags', '/tags/raft', '/tags/tla', '/kinds', '/kinds/article', '/kinds/paper'],
        ...['/domains', '/domains/a.example', '/domains/b.example'],
        ...['/digest', '/digest/2026-w11', '/digest/2026-w05', '/digest/2026-w02', '/lists', '/search', '/about'],
      ],
    );
  });

  it('lists a week of the digest only once it is over', () => {
    const weeks = (today: string) => sitemapPages(entries, today, 10).map((page) => page.path).filter((path) => /^\/digest\/\d/.test(path));
    assert.deepEqual(weeks('2026-03-15'), ['/digest/2026-w05', '/digest/2026-w02']);
    assert.deepEqual(weeks('2026-03-16'), ['/digest/2026-w11', '/digest/2026-w05', '/digest/2026-w02']);
  });

  it("dates each page by its content: an entry by its day, a list's page by the newest entry it shows", () => {
    const lastModified = Object.fromEntries(sitemapPages(entries, TODAY, 1).map((page) => [page.path, page.lastModified]));
    assert.equal(lastModified['/posts/a'], '2026-01-05');
    assert.equal(lastModified['/'], '2026-03-10');
    assert.equal(lastModified['/page/2'], '2026-02-01');
    assert.equal(lastModified['/page/1'], '2026-01-05');
    assert.equal(lastModified['/tags/raft'], '2026-02-01');
    assert.equal(lastModified['/kinds/article'], '2026-02-01');
    assert.equal(lastModified['/domains/b.example'], '2026-03-10');
    assert.equal(lastModified['/archive/2026'], '2026-03-10');
    assert.equal(lastModified['/digest/2026-w05'], '2026-02-01');
    assert.equal(lastModified['/digest'], '2026-03-10');
    assert.equal(lastModified['/digest/page/1'], '2026-01-05');
    assert.equal(lastModified['/about'], undefined);
  });

  it('pages a tag, kind or source by its own size', () => {
    const paths = sitemapPages(entries, TODAY, 1, 2).map((page) => page.path);
    assert.deepEqual(paths.filter((path) => path === '/' || path.startsWith('/page/')), ['/', '/page/2', '/page/1']);
    assert.deepEqual(paths.filter((path) => path.startsWith('/tags/')), ['/tags/raft', '/tags/tla']);
    assert.deepEqual(sitemapPages(entries, TODAY, 1, 1).map((page) => page.path).filter((path) => path.startsWith('/tags/')), ['/tags/raft', '/tags/raft/page/1', '/tags/tla', '/tags/tla/page/1']);
  });

  it('still lists the home page of an empty site', () => {
    assert.deepEqual(
      sitemapPages([], TODAY, 10).map((page) => page.path),
      ['/', '/archive', '/tags', '/kinds', '/domains', '/digest', '/lists', '/search', '/about'],
    );
  });

  it('lists the reading lists, each dated by its newest entry', () => {
    const pages = sitemapPages(entries, TODAY, 10, 10, [{ slug: 'start-here', updated: '2026-03-10' }, { slug: 'empty' }]);
    assert.deepEqual(
      pages.filter((page) => page.path.startsWith('/lists')),
      [{ path: '/lists', lastModified: '2026-03-10' }, { path: '/lists/start-here', lastModified: '2026-03-10' }, { path: '/lists/empty' }],
    );
  });

  it("lists quotations as a kind, at the quotation kind's own list", () => {
    const paths = sitemapPages([entry('q', '2026-03-11', [], 'quotation'), ...entries], TODAY, 10).map((page) => page.path);
    assert.deepEqual(paths.filter((path) => path.startsWith('/kinds/') || path.startsWith('/quotes')), ['/kinds/article', '/kinds/paper', '/quotes']);
  });
});
