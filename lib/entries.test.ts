import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BrowsableEntry, countBy, entriesByValue, groupByMonth, neighbours, relatedEntries, selectPublished, sortNewestFirst } from './entries';
import type { Kind } from './kinds';

const entry = (slug: string, day: string, tags: string[] = [], draft = false): BrowsableEntry => ({
  slug,
  title: slug.toUpperCase(),
  date: `${day}T00:00:00.000Z`,
  tags,
  draft,
  kind: 'article',
  hostname: 'a.example',
});

const from = (slug: string, day: string, kind: Kind, hostname: string): BrowsableEntry => ({ ...entry(slug, day), title: slug, kind, hostname });

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

describe('tags', () => {
  const entries = [entry('a', '2026-01-01', ['tla-plus', 'aws']), entry('b', '2026-01-02', ['aws']), entry('c', '2026-01-03', ['consensus'])];

  it('counts each tag, most used first, then alphabetically', () => {
    assert.deepEqual(countBy(entries, 'tag'), [
      { value: 'aws', count: 2 },
      { value: 'consensus', count: 1 },
      { value: 'tla-plus', count: 1 },
    ]);
  });

  it('selects exactly the entries carrying a tag', () => {
    assert.deepEqual((entriesByValue(entries, 'tag').get('aws') ?? []).map((e) => e.slug), ['a', 'b']);
    assert.deepEqual((entriesByValue(entries, 'tag').get('missing') ?? []), []);
  });
});

describe('kinds and sources', () => {
  const entries = [
    from('v', '2026-03-03', 'video', 'youtube.com'),
    from('p2', '2026-03-02', 'paper', 'arxiv.org'),
    from('p1', '2026-03-01', 'paper', 'brooker.co.za'),
    from('a', '2026-02-01', 'article', 'brooker.co.za'),
  ];

  it('lists the entries of one kind, keeping their order', () => {
    assert.deepEqual((entriesByValue(entries, 'kind').get('paper') ?? []).map((e) => e.slug), ['p2', 'p1']);
  });

  it('counts kinds in the given order, leaving out kinds with no entry', () => {
    assert.deepEqual(countBy(entries, 'kind', ['article', 'paper', 'video', 'talk']), [
      { value: 'article', count: 1 },
      { value: 'paper', count: 2 },
      { value: 'video', count: 1 },
    ]);
  });

  it('lists the entries from one source', () => {
    assert.deepEqual((entriesByValue(entries, 'hostname').get('brooker.co.za') ?? []).map((e) => e.slug), ['p1', 'a']);
  });

  it('counts sources, most linked first, then alphabetically', () => {
    assert.deepEqual(countBy(entries, 'hostname'), [
      { value: 'brooker.co.za', count: 2 },
      { value: 'arxiv.org', count: 1 },
      { value: 'youtube.com', count: 1 },
    ]);
  });
});

describe('neighbours', () => {
  const list = [entry('newest', '2026-03-01'), entry('middle', '2026-02-01'), entry('oldest', '2026-01-01')];

  it('finds the newer and older entry around one', () => {
    const { newer, older } = neighbours(list, 1);
    assert.equal(newer?.slug, 'newest');
    assert.equal(older?.slug, 'oldest');
  });

  it('has no newer entry for the newest and no older for the oldest', () => {
    assert.equal(neighbours(list, 0).newer, undefined);
    assert.equal(neighbours(list, 2).older, undefined);
  });

  it('has none for an entry not in the list', () => {
    assert.deepEqual(neighbours(list, undefined), {});
    assert.deepEqual(neighbours(list, 3), {});
  });
});

describe('relatedEntries', () => {
  const entries = [
    entry('newest-one-tag', '2026-03-05', ['tla']),
    entry('two-tags', '2026-03-04', ['tla', 'aws']),
    entry('no-shared-tag', '2026-03-03', ['raft']),
    entry('self', '2026-03-02', ['tla', 'aws', 'outage']),
    entry('older-one-tag', '2026-03-01', ['outage']),
    entry('oldest-one-tag', '2026-02-01', ['aws']),
  ];
  const self = entries[3];

  it('puts entries sharing the most tags first, then the nearest before it, then the nearest after, at most three', () => {
    assert.deepEqual(relatedEntries(entries)(self).map((e) => e.slug), ['two-tags', 'older-one-tag', 'oldest-one-tag']);
    assert.deepEqual(relatedEntries(entries)(self, 10).map((e) => e.slug), ['two-tags', 'older-one-tag', 'oldest-one-tag', 'newest-one-tag']);
  });

  it("leaves an entry's related ones as they were when a newer entry shares no more tags than they do", () => {
    const newer = [entry('just-shared', '2026-03-06', ['outage']), ...entries];
    assert.deepEqual(relatedEntries(newer)(self).map((e) => e.slug), relatedEntries(entries)(self).map((e) => e.slug));
    const closer = [entry('shares-all', '2026-03-06', ['tla', 'aws', 'outage']), ...entries];
    assert.deepEqual(relatedEntries(closer)(self).map((e) => e.slug), ['shares-all', 'two-tags', 'older-one-tag']);
  });

  it('picks the same entries as sorting all of them would, on a larger list', () => {
    const tags = ['a', 'b', 'c', 'd', 'e', 'f'];
    const many = Array.from({ length: 300 }, (_, i) =>
      entry(`e${i}`, '2026-01-01', tags.filter((_, t) => (i * 7 + t * 13) % (t + 3) === 0)),
    );
    const bySorting = (self: (typeof many)[number], limit: number) =>
      many
        .map((other, index) => ({ other, index, shared: other.tags.filter((tag) => self.tags.includes(tag)).length }))
        .filter(({ other, shared }) => other.slug !== self.slug && shared > 0)
        // The older ones (after it in the list) by nearness, then the newer ones by nearness.
        .sort((a, b) => b.shared - a.shared || Number(a.index < many.indexOf(self)) - Number(b.index < many.indexOf(self)) || Math.abs(a.index - many.indexOf(self)) - Math.abs(b.index - many.indexOf(self)))
        .slice(0, limit)
        .map(({ other }) => other.slug);
    for (const self of many) {
      for (const limit of [1, 3, 10]) assert.deepEqual(relatedEntries(many)(self, limit).map((e) => e.slug), bySorting(self, limit), `${self.slug}, ${limit}`);
    }
  });

  it('never lists the entry itself or an entry sharing no tag', () => {
    const related = relatedEntries(entries)(self, 10).map((e) => e.slug);
    assert.ok(!related.includes('self'));
    assert.ok(!related.includes('no-shared-tag'));
    assert.equal(related.length, 4);
  });

  it('finds nothing for an entry without tags', () => {
    assert.deepEqual(relatedEntries(entries)(entry('untagged', '2026-03-06')), []);
  });
});

describe('groupByMonth', () => {
  it('groups newest-first entries by year and month, newest first, with counts', () => {
    const years = groupByMonth([
      entry('d', '2026-03-20'),
      entry('c', '2026-03-01'),
      entry('b', '2026-01-31'),
      entry('a', '2025-12-31'),
    ]);
    assert.deepEqual(
      years.map(({ year, count, months }) => [year, count, months.map(({ month, entries }) => [month, entries.map((e) => e.slug)])]),
      [
        [2026, 3, [[3, ['d', 'c']], [1, ['b']]]],
        [2025, 1, [[12, ['a']]]],
      ],
    );
  });

  it('puts an entry in the calendar month of its day, whatever the time zone', () => {
    assert.equal(groupByMonth([entry('first', '2026-02-01')])[0].months[0].month, 2);
  });

  it('has no years for no entries', () => {
    assert.deepEqual(groupByMonth([]), []);
  });
});
