/**
 * Entry dates are calendar days, not instants. They are stored as midnight UTC and always
 * formatted in UTC, so no reader's or builder's time zone can move a day. Where a format
 * needs an instant (feeds), the day's noon UTC is given: it falls on the same day for a
 * reader anywhere from UTC−11 to UTC+11.
 */

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real `YYYY-MM-DD` day: `2026-02-30` is not one. */
export function isCalendarDay(value: string): boolean {
  const match = CALENDAR_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `2026-03-23T00:00:00.000Z` (or `2026-03-23`) → `2026-03-23`, the value of a `<time datetime>`. */
export function dayOf(isoDate: string): string {
  return new Date(isoDate).toISOString().slice(0, 10);
}

/** `2026-12-01` (or its midnight-UTC ISO form) → 2026-12-01T12:00:00Z, the instant a feed gives a day. */
export function noonOf(isoDate: string): Date {
  return new Date(`${dayOf(isoDate)}T12:00:00Z`);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-03-23` → `23 Mar 2026`, unambiguous for readers on either side of the Atlantic. */
export function formatDay(isoDate: string): string {
  return dayFormat.format(new Date(isoDate));
}

/**
 * The day `BUILD_DAY` (YYYY-MM-DD) names, or undefined when it is not set: the build then
 * publishes up to that day rather than today, to see the site as it will be once scheduled
 * entries are due (and to test a day passing). A malformed one is an error naming the fix.
 */
export function buildDayFrom(env: Record<string, string | undefined>): string | undefined {
  const day = env.BUILD_DAY;
  if (day === undefined || day === '') return undefined;
  if (!isCalendarDay(day)) throw new Error(`BUILD_DAY is "${day}", not a day: set it as YYYY-MM-DD (2026-12-24), or unset it to build for today.`);
  return day;
}

/** Today's calendar day in UTC, the day a build publishes up to (or BUILD_DAY's, in a build); `now` gives another instant's. */
export function today(now?: Date): string {
  // The one setting, read by name: the share form runs this in the browser, where no setting exists.
  if (now === undefined && typeof process !== 'undefined') {
    const day = buildDayFrom({ BUILD_DAY: process.env.BUILD_DAY });
    if (day !== undefined) return day;
  }
  return (now ?? new Date()).toISOString().slice(0, 10);
}

const MONTH_NAMES = Array.from({ length: 12 }, (_, index) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, index, 1))),
);

/** 1 → `January`. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1];
}
