import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { digestTitle, digestWeeks, weekSpan } from './digest';
import { selectPublished } from './entries';

const entry = (slug: string, day: string, draft = false) => ({ slug, title: slug, date: `${day}T00:00:00.000Z`, tags: [], draft });

// What lib/posts hands over: the published entries, newest first.
const published = (today: string) =>
  selectPublished(
    [
      entry('new-year-sunday', '2027-01-03'), // Sunday of 2026-W53
      entry('new-year-monday', '2027-01-04'), // Monday of 2027-W01
      entry('last-monday', '2026-12-28'), // Monday of 2026-W53
      entry('w48-tuesday', '2026-11-24'),
      entry('w48-sunday', '2026-11-29'),
      entry('w48-monday', '2026-11-23'),
      entry('w46', '2026-11-12'),
      entry('a-draft', '2026-11-25', true),
      entry('from-the-future', '2099-01-01'),
    ],
    { includeUnpublished: false, today },
  );

const slugs = (weeks: ReturnType<typeof digestWeeks<{ slug: string; date: string }>>) => weeks.map((week) => [week.id, week.entries.map((e) => e.slug)]);

describe('digestWeeks', () => {
  it('gathers complete weeks, newest first, each in the order its entries were shared', () => {
    assert.deepEqual(slugs(digestWeeks(published('2027-01-11'), '2027-01-11')), [
      ['2027-w01', ['new-year-monday']],
      ['2026-w53', ['last-monday', 'new-year-sunday']],
      ['2026-w48', ['w48-monday', 'w48-tuesday', 'w48-sunday']],
      ['2026-w46', ['w46']],
    ]);
  });

  it('leaves out the week in progress until its Sunday is over, and weeks without entries', () => {
    const on = (today: string) => digestWeeks(published(today), today).map((week) => week.id);
    assert.deepEqual(on('2027-01-03'), ['2026-w48', '2026-w46']); // Sunday of W53: not over yet
    assert.deepEqual(on('2027-01-04'), ['2026-w53', '2026-w48', '2026-w46']);
    assert.ok(!on('2027-01-11').includes('2026-w47'), 'a week with no entry has no digest');
  });

  it('never holds a draft or a future entry, and holds every other entry in exactly one week', () => {
    const weeks = digestWeeks(published('2027-01-11'), '2027-01-11');
    const all = weeks.flatMap((week) => week.entries.map((e) => e.slug));
    assert.equal(new Set(all).size, all.length);
    assert.deepEqual(all.sort(), published('2027-01-11').map((e) => e.slug).sort());
    assert.ok(!all.includes('a-draft') && !all.includes('from-the-future'));
  });

  it('names a week by its days', () => {
    assert.equal(weekSpan({ monday: '2026-11-23', sunday: '2026-11-29' }), '23–29 November 2026');
    assert.equal(weekSpan({ monday: '2026-11-30', sunday: '2026-12-06' }), '30 November – 6 December 2026');
    assert.equal(weekSpan({ monday: '2026-12-28', sunday: '2027-01-03' }), '28 December 2026 – 3 January 2027');
    assert.equal(digestTitle({ monday: '2026-11-23', sunday: '2026-11-29' }), 'The week in links: 23–29 November 2026');
  });
});
