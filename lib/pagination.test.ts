import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageWindow, paginate, paginationParams } from './pagination';

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);

  it('cuts a list into pages of the given size', () => {
    assert.deepEqual(paginate(items, 1, 10), { items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], page: 1, totalPages: 3 });
    assert.deepEqual(paginate(items, 3, 10)?.items, [20, 21, 22]);
  });

  it('reaches every item exactly once', () => {
    const seen = [1, 2, 3].flatMap((page) => paginate(items, page, 10)!.items);
    assert.deepEqual(seen, items);
  });

  it('has no page 0, no page past the end and no fractional page', () => {
    assert.equal(paginate(items, 0, 10), undefined);
    assert.equal(paginate(items, 4, 10), undefined);
    assert.equal(paginate(items, 1.5, 10), undefined);
    assert.equal(paginate(items, NaN, 10), undefined);
  });

  it('gives an empty list one empty page', () => {
    assert.deepEqual(paginate([], 1, 10), { items: [], page: 1, totalPages: 1 });
  });

  it('does not make an extra page when the list fills the last one exactly', () => {
    assert.equal(paginate(items.slice(0, 20), 1, 10)?.totalPages, 2);
  });
});

describe('pageWindow', () => {
  it('shows every number of a short list', () => {
    assert.deepEqual(pageWindow(1, 1), [1]);
    assert.deepEqual(pageWindow(2, 3), [1, 2, 3]);
    assert.deepEqual(pageWindow(4, 7), [1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last and two either side of the current page, with gaps', () => {
    assert.deepEqual(pageWindow(1, 500), [1, 2, 3, null, 500]);
    assert.deepEqual(pageWindow(250, 500), [1, null, 248, 249, 250, 251, 252, null, 500]);
    assert.deepEqual(pageWindow(500, 500), [1, null, 498, 499, 500]);
  });

  it('never hides a single number behind a gap', () => {
    assert.deepEqual(pageWindow(5, 10), [1, 2, 3, 4, 5, 6, 7, null, 10]);
    assert.deepEqual(pageWindow(6, 10), [1, null, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('stays small however long the list', () => {
    for (const page of [1, 2, 50, 499, 500]) assert.ok(pageWindow(page, 500).length <= 9);
  });
});

describe('paginationParams', () => {
  it('lists the route params of every page of a list, the first without segments', () => {
    assert.deepEqual(paginationParams(21, 10), [{ pagination: [] }, { pagination: ['page', '2'] }, { pagination: ['page', '3'] }]);
    assert.deepEqual(paginationParams(0, 10), [{ pagination: [] }]);
  });
});
