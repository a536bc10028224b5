import { WEEKDAYS } from '@stayflow/playbook';
import { MS_PER_DAY, MS_PER_MINUTE, weekdayOf } from './civil.ts';
import { instantFromLocal, localFromInstant } from './instantFromLocal.ts';

/** A set of weekdays as a bit mask, Monday = bit 0 … Sunday = bit 6. */
export const EVERY_DAY = 0b111_1111;

export function weekdayMask(days: readonly string[] | undefined): number {
  if (days === undefined) return EVERY_DAY;
  let mask = 0;
  for (const day of days) {
    const index = (WEEKDAYS as readonly string[]).indexOf(day);
    if (index >= 0) mask |= 1 << index;
  }
  return mask === 0 ? EVERY_DAY : mask;
}

/** Minutes after midnight of an `HH:MM` time of day. */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The first instant at or after `at` whose wall-clock time in the zone is
 * `minutes` after midnight, on a weekday in `days`. A time skipped by a DST
 * change happens that day, moved later by the gap.
 */
export function nextTimeOfDay(at: number, minutes: number, days: number, timeZone: string): number {
  const today = Math.floor(localFromInstant(timeZone, at) / MS_PER_DAY);
  for (let offset = 0; offset <= 8; offset++) {
    const day = today + offset;
    if ((days & (1 << weekdayOf(day))) === 0) continue;
    const candidate = instantFromLocal(timeZone, day * MS_PER_DAY + minutes * MS_PER_MINUTE);
    if (candidate >= at) return candidate;
  }
  // Unreachable with a non-empty mask: some allowed weekday falls within the next eight days.
  return at;
}
