import { civilFromDays, MS_PER_DAY } from './civil.ts';
import { localFromInstant } from './instantFromLocal.ts';

let lastMs = Number.NaN;
let lastText = '';

/**
 * An instant as an ISO 8601 UTC string, for people and for Logic. Many
 * evaluations in a row share one `now`, so the last answer is remembered.
 */
export function isoAt(ms: number): string {
  if (ms !== lastMs) {
    lastText = Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : '';
    lastMs = ms;
  }
  return lastText;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone, as people read a coupon's last day. */
export function localDateText(ms: number, timeZone: string): string {
  const { year, month, day } = civilFromDays(Math.floor(localFromInstant(timeZone, ms) / MS_PER_DAY));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
