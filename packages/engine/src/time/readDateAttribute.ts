import { readIsoDate } from '@stayflow/logic';
import { type CivilDate, civilFromDays, MS_PER_DAY } from './civil.ts';
import { instantFromLocal, localFromInstant } from './instantFromLocal.ts';

/** A date or date-time read from a customer attribute: the instant and the calendar date it names in the zone. */
export interface DateAttribute {
  at: number;
  date: CivilDate;
}

/**
 * Reads `2024-05-01` (midnight in the customer's zone), `2024-05-01T10:00`
 * (wall-clock time in the zone), `2024-05-01T10:00:00Z` or with an offset (that
 * instant), or epoch milliseconds. Anything else, and impossible dates such as
 * 2023-02-29, give null.
 */
export function readDateAttribute(value: unknown, timeZone: string): DateAttribute | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > 8.64e15) return null;
    return { at: value, date: civilFromDays(Math.floor(localFromInstant(timeZone, value) / MS_PER_DAY)) };
  }
  // Attributes come from outside systems: tolerate surrounding spaces.
  const parts = readIsoDate(typeof value === 'string' ? value.trim() : value);
  if (parts === null) return null;
  const { year, month, day, wallClock, offsetMinutes } = parts;
  if (offsetMinutes === null) return { at: instantFromLocal(timeZone, wallClock), date: { year, month, day } };
  const at = wallClock - offsetMinutes * 60_000;
  return { at, date: civilFromDays(Math.floor(localFromInstant(timeZone, at) / MS_PER_DAY)) };
}
