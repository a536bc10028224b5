import { type CivilDate, civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY } from './civil.ts';
import { instantFromLocal, localFromInstant } from './instantFromLocal.ts';

/** A date or date-time read from a customer attribute: the instant and the calendar date it names in the zone. */
export interface DateAttribute {
  at: number;
  date: CivilDate;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?)?$/;

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
  if (typeof value !== 'string' || value.length > 40) return null;
  const match = ISO_DATE.exec(value.trim());
  if (match === null) return null;
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wallClock = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  if (zulu === undefined && sign === undefined) return { at: instantFromLocal(timeZone, wallClock), date: { year, month, day } };
  const offsetMinutes = zulu !== undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + (om === undefined ? 0 : Number(om)));
  const at = wallClock - offsetMinutes * 60_000;
  return { at, date: civilFromDays(Math.floor(localFromInstant(timeZone, at) / MS_PER_DAY)) };
}
