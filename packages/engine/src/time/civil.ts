/** Calendar arithmetic on day numbers (days since 1970-01-01): the logic package's, plus what the engine adds. */

export const MS_PER_MINUTE = 60_000;

export { civilFromDays, daysFromCivil, daysInMonth, isLeapYear, MS_PER_DAY, type CivilDate } from '@stayflow/logic';

/** Monday = 0 … Sunday = 6 for a day number (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}
