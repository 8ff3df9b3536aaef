import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageLinks, pageWindow, paginate, paginationParams, pageTargets } from './pagination';

/** 23 items, newest first: 22 is the newest. */
const items = Array.from({ length: 23 }, (_, i) => 22 - i);

describe('paginate', () => {
  it('numbers pages from the oldest; the newest page also holds the entries that do not fill a page', () => {
    assert.deepEqual(paginate(items, 1, 10)?.items, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    assert.deepEqual(paginate(items, 'newest', 10)?.items, [22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10]);
    assert.equal(paginate(items, 'newest', 10)?.page, 2);
  });

  it('reaches every item exactly once, newest first', () => {
    const seen = pageTargets(items.length, 10).flatMap((page) => paginate(items, page, 10)!.items);
    assert.deepEqual(seen, items);
  });

  it('keeps an older page as it was when entries are added', () => {
    const grown = (count: number) => Array.from({ length: count }, (_, i) => count - 1 - i);
    for (const count of [24, 29, 30, 31, 57]) {
      assert.deepEqual(paginate(grown(count), 1, 10)?.items, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], `${count} entries`);
    }
    // Page 2 exists once a third page's worth is there, and holds the same entries from then on.
    assert.equal(paginate(grown(29), 2, 10), undefined);
    assert.deepEqual(paginate(grown(30), 2, 10)?.items, paginate(grown(57), 2, 10)?.items);
  });

  it('has no page 0, no page past the newest, no fractional page, and the newest only at the list itself', () => {
    assert.equal(paginate(items, 0, 10), undefined);
    assert.equal(paginate(items, 2, 10), undefined);
    assert.equal(paginate(items, 1.5, 10), undefined);
    assert.equal(paginate(items, NaN, 10), undefined);
  });

  it('gives a short or empty list one page', () => {
    assert.deepEqual(paginate([], 'newest', 10), { items: [], page: 1, newest: true, links: { window: [] } });
    assert.equal(paginate(items.slice(0, 19), 'newest', 10)?.items.length, 19);
    assert.equal(paginate(items.slice(0, 19), 1, 10), undefined);
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list, newest first', () => {
    assert.deepEqual(pageWindow(2, 2), ['newest', 1]);
    assert.deepEqual(pageWindow(1, 3), ['newest', 2, 1]);
    assert.deepEqual(pageWindow(4, 6), ['newest', 5, 4, 3, 2, 1]);
  });

  it('leaves a gap in a long list, and shows one hidden number rather than a gap', () => {
    assert.deepEqual(pageWindow(500, 500), ['newest', 499, 498, null, 1]);
    assert.deepEqual(pageWindow(250, 500), ['newest', null, 252, 251, 250, 249, 248, null, 1]);
    assert.deepEqual(pageWindow(5, 500), ['newest', null, 7, 6, 5, 4, 3, 2, 1]);
    assert.deepEqual(pageWindow(6, 500), ['newest', null, 8, 7, 6, 5, 4, null, 1]);
  });

  it('stays small however long the list', () => {
    for (const page of [1, 2, 50, 499, 500]) assert.ok(pageWindow(page, 500).length <= 9);
  });

  it('gives a page more than three below the newest the same links however long the list grows', () => {
    for (const total of [11, 12, 40, 500]) assert.deepEqual(pageLinks(7, total), pageLinks(7, 11), `${total} pages`);
    assert.notDeepEqual(pageLinks(7, 10), pageLinks(7, 11));
    assert.deepEqual(pageLinks(9, 10), { newer: 'newest', older: 8, window: ['newest', 9, 8, 7, null, 1] });
  });
});

describe('paginationParams', () => {
  it('lists the route params of every page of a list, the newest without segments', () => {
    assert.deepEqual(paginationParams(31, 10), [{ pagination: [] }, { pagination: ['page', '2'] }, { pagination: ['page', '1'] }]);
    assert.deepEqual(paginationParams(19, 10), [{ pagination: [] }]);
    assert.deepEqual(paginationParams(0, 10), [{ pagination: [] }]);
  });
});
