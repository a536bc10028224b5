import { parseDuration } from '@stayflow/playbook';

/**
 * An ISO 8601 duration split the way Temporal adds it to a zoned date-time:
 * years and months on the calendar (the day clamped to the month's length),
 * then weeks and days on the calendar, then hours and smaller as exact time.
 * `P1D` is therefore one calendar day (23 or 25 hours across a DST change) and
 * `PT24H` is always 24 hours. Every part carries the duration's sign.
 */
export interface CalendarDuration {
  years: number;
  months: number;
  /** Weeks × 7 + days. */
  days: number;
  /** Hours, minutes, seconds and smaller, in milliseconds. */
  ms: number;
}

const cache = new Map<string, CalendarDuration | null>();

/** Parses an ISO 8601 duration (`P3D`, `-P7D`, `PT2H30M`); null when it does not parse. Remembered per text. */
export function calendarDuration(text: string): CalendarDuration | null {
  let found = cache.get(text);
  if (found === undefined) {
    const parsed = parseDuration(text);
    found =
      parsed === null
        ? null
        : {
            years: parsed.years,
            months: parsed.months,
            days: parsed.weeks * 7 + parsed.days,
            ms: Math.round(
              parsed.hours * 3_600_000 + parsed.minutes * 60_000 + parsed.seconds * 1000 + parsed.milliseconds + parsed.microseconds / 1000 + parsed.nanoseconds / 1e6,
            ),
          };
    if (cache.size > 10_000) cache.clear();
    cache.set(text, found);
  }
  return found;
}

/** The duration `times` times over, as Temporal's `Duration` would scale each field. */
export function scaleDuration(duration: CalendarDuration, times: number): CalendarDuration {
  return { years: duration.years * times, months: duration.months * times, days: duration.days * times, ms: duration.ms * times };
}

/** An upper bound of the duration's length in milliseconds, for pruning windows generously. */
export function longestMs(duration: CalendarDuration): number {
  return Math.abs(duration.years) * 366 * 86_400_000 + Math.abs(duration.months) * 31 * 86_400_000 + Math.abs(duration.days) * 25 * 3_600_000 + Math.abs(duration.ms);
}
