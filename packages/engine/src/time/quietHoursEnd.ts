import { MS_PER_DAY, MS_PER_MINUTE } from './civil.ts';
import { localFromInstant } from './instantFromLocal.ts';
import { EVERY_DAY, nextTimeOfDay } from './nextTimeOfDay.ts';

/** Quiet hours as minutes after midnight; `start > end` crosses midnight (22:00–08:00). */
export interface QuietWindow {
  start: number;
  end: number;
}

/** When the quiet hours around `at` end in the zone, or null when `at` is not inside them. */
export function quietHoursEnd(at: number, quiet: QuietWindow, timeZone: string): number | null {
  if (quiet.start === quiet.end) return null;
  const local = localFromInstant(timeZone, at);
  const msOfDay = local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
  const start = quiet.start * MS_PER_MINUTE;
  const end = quiet.end * MS_PER_MINUTE;
  const inside = start < end ? msOfDay >= start && msOfDay < end : msOfDay >= start || msOfDay < end;
  return inside ? nextTimeOfDay(at, quiet.end, EVERY_DAY, timeZone) : null;
}
