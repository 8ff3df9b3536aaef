/**
 * The week in links: the published entries gathered by ISO week (lib/weeks.ts), each week
 * published once it is over. Pure: lib/posts.ts hands over the published entries.
 */
import { isComplete, type IsoWeek, isoWeekOf, weekDays, weekId } from './weeks';

export interface DigestWeek<T> extends IsoWeek {
  /** `2026-w48`: the week's page is /digest/2026-w48. */
  id: string;
  monday: string;
  sunday: string;
  /** The week's entries in the order they were shared. */
  entries: T[];
}

/** Every complete week with entries, newest first; `entries` are published entries, newest first. */
export function digestWeeks<T extends { date: string }>(entries: readonly T[], today: string): DigestWeek<T>[] {
  const weeks = new Map<string, DigestWeek<T>>();
  // Oldest first, so each week lists its entries in the order they were shared.
  for (const entry of [...entries].reverse()) {
    const week = isoWeekOf(entry.date);
    if (!isComplete(week, today)) continue;
    const id = weekId(week);
    if (!weeks.has(id)) weeks.set(id, { ...week, id, ...weekDays(week), entries: [] });
    weeks.get(id)!.entries.push(entry);
  }
  return [...weeks.values()].reverse();
}

const longDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23–29 November 2026", "30 November – 6 December 2026", "28 December 2026 – 3 January 2027". */
export function weekSpan({ monday, sunday }: { monday: string; sunday: string }): string {
  const [start, end] = [monday, sunday].map((day) => longDay.format(new Date(`${day}T00:00:00Z`)));
  if (monday.slice(0, 7) === sunday.slice(0, 7)) return `${Number(monday.slice(8))}–${end}`;
  if (monday.slice(0, 4) === sunday.slice(0, 4)) return `${start.replace(/ \d{4}$/, '')} – ${end}`;
  return `${start} – ${end}`;
}

/** The title of a week's digest, on its page, in the feed and in an email. */
export const digestTitle = (week: { monday: string; sunday: string }) => `The week in links: ${weekSpan(week)}`;
