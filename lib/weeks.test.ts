import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isComplete, isoWeekOf, parseWeek, weekDays, weekId } from './weeks';

describe('ISO weeks', () => {
  it('run Monday to Sunday, across the end of a year', () => {
    assert.deepEqual(isoWeekOf('2026-11-23'), { year: 2026, week: 48 }); // a Monday
    assert.deepEqual(isoWeekOf('2026-11-29'), { year: 2026, week: 48 }); // its Sunday
    assert.deepEqual(isoWeekOf('2026-11-30'), { year: 2026, week: 49 }); // the next Monday
    // 2026 has 53 weeks: its last runs from Monday 28 December to Sunday 3 January 2027.
    assert.deepEqual(isoWeekOf('2026-12-28'), { year: 2026, week: 53 });
    assert.deepEqual(isoWeekOf('2027-01-03'), { year: 2026, week: 53 });
    assert.deepEqual(isoWeekOf('2027-01-04'), { year: 2027, week: 1 });
    // And a year's first days can belong to the year before's last week, or its last days to the next year's first.
    assert.deepEqual(isoWeekOf('2021-01-01'), { year: 2020, week: 53 });
    assert.deepEqual(isoWeekOf('2024-12-30'), { year: 2025, week: 1 });
    assert.deepEqual(isoWeekOf('2026-12-01T00:00:00.000Z'), { year: 2026, week: 49 });
  });

  it('know their days, and the name they have in URLs', () => {
    assert.deepEqual(weekDays({ year: 2026, week: 53 }), { monday: '2026-12-28', sunday: '2027-01-03' });
    assert.deepEqual(weekDays({ year: 2027, week: 1 }), { monday: '2027-01-04', sunday: '2027-01-10' });
    assert.equal(weekId({ year: 2027, week: 1 }), '2027-w01');
    assert.deepEqual(parseWeek('2026-W48'), { year: 2026, week: 48 });
    assert.deepEqual(parseWeek('2026-w53'), { year: 2026, week: 53 });
    assert.equal(parseWeek('2027-W53'), undefined, '2027 has 52 weeks');
    assert.equal(parseWeek('2026-W00'), undefined);
    assert.equal(parseWeek('2026-48'), undefined);
  });

  it('are complete once their Sunday has passed', () => {
    assert.equal(isComplete({ year: 2026, week: 48 }, '2026-11-29'), false); // Sunday itself: still in progress
    assert.equal(isComplete({ year: 2026, week: 48 }, '2026-11-30'), true);
  });
});
