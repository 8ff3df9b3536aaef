import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type EntryLike,
  neighbours,
  pageFromSegments,
  pageHref,
  pageWindow,
  pageSegments,
  paginate,
  paginationParams,
  selectPublished,
  sortNewestFirst,
  tagCounts,
  withTag,
} from './entries';

const entry = (slug: string, day: string, tags: string[] = [], draft = false): EntryLike => ({
  slug,
  title: slug.toUpperCase(),
  date: `${day}T00:00:00.000Z`,
  tags,
  draft,
});

describe('sortNewestFirst', () => {
  it('puts the most recently shared entry first', () => {
    const sorted = sortNewestFirst([entry('old', '2024-01-01'), entry('new', '2026-03-01'), entry('mid', '2025-06-15')]);
    assert.deepEqual(sorted.map((e) => e.slug), ['new', 'mid', 'old']);
  });

  it('orders entries of the same day by title, whatever the input order', () => {
    const a = entry('a', '2026-01-01');
    const b = entry('b', '2026-01-01');
    assert.deepEqual(sortNewestFirst([b, a]).map((e) => e.slug), ['a', 'b']);
    assert.deepEqual(sortNewestFirst([a, b]).map((e) => e.slug), ['a', 'b']);
  });

  it('does not reorder the list it was given', () => {
    const input = [entry('old', '2024-01-01'), entry('new', '2026-03-01')];
    sortNewestFirst(input);
    assert.equal(input[0].slug, 'old');
  });
});

describe('selectPublished', () => {
  const entries = [
    entry('live', '2026-01-01'),
    entry('draft', '2026-01-02', [], true),
    entry('tomorrow', '2026-01-11'),
    entry('today', '2026-01-10'),
  ];

  it('hides drafts and entries dated after the build day', () => {
    const shown = selectPublished(entries, { includeUnpublished: false, today: '2026-01-10' });
    assert.deepEqual(shown.map((e) => e.slug), ['today', 'live']);
  });

  it('shows everything, newest first, when previewing', () => {
    const shown = selectPublished(entries, { includeUnpublished: true, today: '2026-01-10' });
    assert.deepEqual(shown.map((e) => e.slug), ['tomorrow', 'today', 'draft', 'live']);
  });
});

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

describe('page URLs', () => {
  it('links page 1 to the list itself and later pages under /page/N', () => {
    assert.equal(pageHref('/', 1), '/');
    assert.equal(pageHref('/', 2), '/page/2');
    assert.equal(pageHref('/tags/aws', 1), '/tags/aws');
    assert.equal(pageHref('/tags/aws', 3), '/tags/aws/page/3');
  });

  it('lists the route params of every page of a list, the first without segments', () => {
    assert.deepEqual(paginationParams(21, 10), [{ pagination: [] }, { pagination: ['page', '2'] }, { pagination: ['page', '3'] }]);
    assert.deepEqual(paginationParams(0, 10), [{ pagination: [] }]);
  });

  it('round-trips page numbers through route segments', () => {
    for (const page of [1, 2, 17]) assert.equal(pageFromSegments(pageSegments(page)), page);
    assert.equal(pageFromSegments(undefined), 1);
  });

  it('refuses any other trailing segments', () => {
    for (const segments of [['page', '1'], ['page', '02'], ['page'], ['pages', '2'], ['page', '2', 'x'], ['page', 'two']]) {
      assert.equal(pageFromSegments(segments), undefined, segments.join('/'));
    }
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

describe('tags', () => {
  const entries = [entry('a', '2026-01-01', ['tla-plus', 'aws']), entry('b', '2026-01-02', ['aws']), entry('c', '2026-01-03', ['consensus'])];

  it('counts each tag, most used first, then alphabetically', () => {
    assert.deepEqual(tagCounts(entries), [
      { tag: 'aws', count: 2 },
      { tag: 'consensus', count: 1 },
      { tag: 'tla-plus', count: 1 },
    ]);
  });

  it('selects exactly the entries carrying a tag', () => {
    assert.deepEqual(withTag(entries, 'aws').map((e) => e.slug), ['a', 'b']);
    assert.deepEqual(withTag(entries, 'missing'), []);
  });
});

describe('neighbours', () => {
  const list = [entry('newest', '2026-03-01'), entry('middle', '2026-02-01'), entry('oldest', '2026-01-01')];

  it('finds the newer and older entry around one', () => {
    const { newer, older } = neighbours(list, 'middle');
    assert.equal(newer?.slug, 'newest');
    assert.equal(older?.slug, 'oldest');
  });

  it('has no newer entry for the newest and no older for the oldest', () => {
    assert.equal(neighbours(list, 'newest').newer, undefined);
    assert.equal(neighbours(list, 'oldest').older, undefined);
  });
});
