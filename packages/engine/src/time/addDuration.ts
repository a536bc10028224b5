import type { CalendarDuration } from './CalendarDuration.ts';
import { civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY } from './civil.ts';
import { instantFromLocal, localFromInstant } from './instantFromLocal.ts';

/**
 * `at` plus a duration in a time zone, exactly as Temporal's
 * `ZonedDateTime.add` computes it (see `CalendarDuration`), so a wait of `P1D`
 * started at 09:00 ends at 09:00 the next day even across a DST change.
 */
export function addDuration(at: number, duration: CalendarDuration, timeZone: string): number {
  if (duration.years === 0 && duration.months === 0 && duration.days === 0) return at + duration.ms;
  const local = localFromInstant(timeZone, at);
  let day = Math.floor(local / MS_PER_DAY);
  const timeOfDay = local - day * MS_PER_DAY;
  if (duration.years !== 0 || duration.months !== 0) {
    const date = civilFromDays(day);
    const monthIndex = date.year * 12 + (date.month - 1) + duration.years * 12 + duration.months;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    day = daysFromCivil(year, month, Math.min(date.day, daysInMonth(year, month)));
  }
  day += duration.days;
  return instantFromLocal(timeZone, day * MS_PER_DAY + timeOfDay) + duration.ms;
}
