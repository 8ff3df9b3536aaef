/**
 * ISO weeks (Monday to Sunday; week 1 holds the year's first Thursday), of calendar days as
 * the site counts them (UTC, lib/dates.ts). Named `2026-w48` in URLs, `2026-W48` in text.
 */

export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;
const utcDay = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The ISO week a day (`YYYY-MM-DD`, or an ISO date) falls in. */
export function isoWeekOf(day: string): IsoWeek {
  const ms = utcDay(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week };
}

/** The Monday and the Sunday of a week, `YYYY-MM-DD`. */
export function weekDays({ year, week }: IsoWeek): { monday: string; sunday: string } {
  const january4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY_MS;
  const monday = mondayOfWeek1 + (week - 1) * 7 * DAY_MS;
  return { monday: dayString(monday), sunday: dayString(monday + 6 * DAY_MS) };
}

/** `{ 2026, 48 }` → `2026-w48`, the week's name in a URL. */
export const weekId = ({ year, week }: IsoWeek) => `${year}-w${String(week).padStart(2, '0')}`;

/** `2026-W48` or `2026-w48` → the week, or undefined for anything else (week 53 of a year without one included). */
export function parseWeek(text: string): IsoWeek | undefined {
  const match = /^(\d{4})-[wW](\d{2})$/.exec(text);
  if (!match) return undefined;
  const candidate = { year: Number(match[1]), week: Number(match[2]) };
  if (candidate.week < 1) return undefined;
  const again = isoWeekOf(weekDays(candidate).monday);
  return again.year === candidate.year && again.week === candidate.week ? candidate : undefined;
}

/** True once the week's Sunday is over: a week is published only whole, on the Monday after. */
export const isComplete = (week: IsoWeek, today: string) => weekDays(week).sunday < today;
