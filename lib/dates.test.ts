import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDayFrom, dayOf, formatDay, isCalendarDay, today } from './dates';

describe('isCalendarDay', () => {
  it('accepts real days, leap days included', () => {
    for (const day of ['2026-03-23', '2024-02-29', '2000-02-29', '1999-12-31']) assert.ok(isCalendarDay(day), day);
  });

  it('refuses impossible days and other formats', () => {
    for (const day of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-3-23', '23/03/2026', '2026-03-23T10:00:00Z', '']) {
      assert.equal(isCalendarDay(day), false, day);
    }
  });
});

describe('formatting days', () => {
  it('shows the same day whatever the time zone of the machine', () => {
    // Midnight UTC is still the previous evening in America: formatting must stay in UTC.
    assert.equal(formatDay('2026-03-23T00:00:00.000Z'), '23 Mar 2026');
    assert.equal(dayOf('2026-03-23T00:00:00.000Z'), '2026-03-23');
    assert.equal(formatDay('2026-01-01'), '1 Jan 2026');
  });

  it('builds for the day BUILD_DAY names, and refuses one that is not a day', () => {
    assert.equal(buildDayFrom({ BUILD_DAY: '2026-12-24' }), '2026-12-24');
    assert.equal(buildDayFrom({}), undefined);
    assert.throws(() => buildDayFrom({ BUILD_DAY: '2026-02-30' }), /BUILD_DAY is "2026-02-30", not a day: set it as YYYY-MM-DD/);
  });

  it("takes today's day in UTC", () => {
    assert.equal(today(new Date('2026-11-24T23:30:00-05:00')), '2026-11-25');
  });
});
