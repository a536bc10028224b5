import { civilFromDays, MS_PER_DAY } from './civil.ts';
import { localFromInstant } from './instantFromLocal.ts';

let lastMs = Number.NaN;
let lastText = '';

/**
 * An instant as an ISO 8601 UTC string (`2025-03-05T10:00:00.000Z`, exactly
 * what `Date#toISOString` gives), for people and for Logic. Formatted by
 * arithmetic, several times faster than through a Date, and the last answer
 * is remembered: many evaluations in a row share one `now`.
 */
export function isoAt(ms: number): string {
  if (ms !== lastMs) {
    lastText = format(ms);
    lastMs = ms;
  }
  return lastText;
}

const MIN_FAST = -62_135_596_800_000; // 0001-01-01
const MAX_FAST = 253_402_300_799_999; // 9999-12-31T23:59:59.999

function format(ms: number): string {
  if (!Number.isInteger(ms) || ms < MIN_FAST || ms > MAX_FAST) return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : '';
  const days = Math.floor(ms / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  let rest = ms - days * MS_PER_DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}Z`;
}

function pad(value: number, width: number): string {
  const text = String(value);
  return text.length >= width ? text : '000'.slice(0, width - text.length) + text;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone, as people read a coupon's last day. */
export function localDateText(ms: number, timeZone: string): string {
  const { year, month, day } = civilFromDays(Math.floor(localFromInstant(timeZone, ms) / MS_PER_DAY));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
