import { daysFromCivil, daysInMonth, MS_PER_DAY } from './calendar';

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

/** The pieces of an ISO-8601 date or date-time, before any time zone is applied. */
export interface IsoDateParts {
  year: number;
  month: number;
  day: number;
  /** The written date and time as if it were UTC, in epoch milliseconds. */
  wallClock: number;
  /** The written offset in minutes (0 for `Z`), or null when the text has none. */
  offsetMinutes: number | null;
}

/**
 * Reads `2024-05-01`, `2024-05-01T10:00`, `…Z` or `…+08:00` strictly: impossible dates
 * (2023-02-29) and out-of-range times are null rather than rolled over.
 */
export function readIsoDate(value: unknown): IsoDateParts | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const match = ISO_DATE.exec(value);
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
  let offsetMinutes: number | null = zulu !== undefined ? 0 : null;
  if (zulu === undefined && sign !== undefined) {
    const offsetHours = Number(oh);
    const offsetMins = om === undefined ? 0 : Number(om);
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const wallClock = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return { year, month, day, wallClock, offsetMinutes };
}

/**
 * The instant an ISO-8601 date or date-time names, in epoch milliseconds, or null
 * when the value is not one. A date without a time is midnight UTC, and so is a
 * time without an offset: never the machine's local zone, so results do not
 * depend on where the runtime happens to run.
 */
export function parseIsoDate(value: unknown): number | null {
  const parts = readIsoDate(value);
  return parts === null ? null : parts.wallClock - (parts.offsetMinutes ?? 0) * 60_000;
}

/**
 * An instant that reads the same on every machine: a date (`2026-03-01`, midnight UTC)
 * or a date-time with `Z` or an offset. A date-time without a zone is null rather than
 * read in the machine's local zone.
 */
export function parseZonedInstant(value: unknown): number | null {
  const parts = readIsoDate(value);
  if (parts === null) return null;
  const dateOnly = (value as string).length === 10;
  return parts.offsetMinutes === null && !dateOnly ? null : parts.wallClock - (parts.offsetMinutes ?? 0) * 60_000;
}
