import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByMonth, hostnameCounts, kindCounts, relatedEntries, withHostname, withKind } from './browse';
import type { Kind } from './kinds';

interface TestEntry {
  slug: string;
  title: string;
  date: string;
  tags: string[];
  kind: Kind;
  hostname: string;
}

const entry = (slug: string, day: string, tags: string[] = [], kind: Kind = 'article', hostname = 'a.example'): TestEntry => ({
  slug,
  title: slug,
  date: `${day}T00:00:00.000Z`,
  tags,
  kind,
  hostname,
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

describe('kinds and sources', () => {
  const entries = [
    entry('v', '2026-03-03', [], 'video', 'youtube.com'),
    entry('p2', '2026-03-02', [], 'paper', 'arxiv.org'),
    entry('p1', '2026-03-01', [], 'paper', 'brooker.co.za'),
    entry('a', '2026-02-01', [], 'article', 'brooker.co.za'),
  ];

  it('lists the entries of one kind, keeping their order', () => {
    assert.deepEqual(withKind(entries, 'paper').map((e) => e.slug), ['p2', 'p1']);
  });

  it('counts kinds in the given order, leaving out kinds with no entry', () => {
    assert.deepEqual(kindCounts(entries, ['article', 'paper', 'video', 'talk']), [
      { kind: 'article', count: 1 },
      { kind: 'paper', count: 2 },
      { kind: 'video', count: 1 },
    ]);
  });

  it('lists the entries from one source', () => {
    assert.deepEqual(withHostname(entries, 'brooker.co.za').map((e) => e.slug), ['p1', 'a']);
  });

  it('counts sources, most linked first, then alphabetically', () => {
    assert.deepEqual(hostnameCounts(entries), [
      { hostname: 'brooker.co.za', count: 2 },
      { hostname: 'arxiv.org', count: 1 },
      { hostname: 'youtube.com', count: 1 },
    ]);
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

  it('puts entries sharing the most tags first, then the most recent, at most three', () => {
    assert.deepEqual(relatedEntries(entries, self).map((e) => e.slug), ['two-tags', 'newest-one-tag', 'older-one-tag']);
  });

  it('never lists the entry itself or an entry sharing no tag', () => {
    const related = relatedEntries(entries, self, 10).map((e) => e.slug);
    assert.ok(!related.includes('self'));
    assert.ok(!related.includes('no-shared-tag'));
    assert.equal(related.length, 4);
  });

  it('finds nothing for an entry without tags', () => {
    assert.deepEqual(relatedEntries(entries, entry('untagged', '2026-03-06')), []);
  });
});
