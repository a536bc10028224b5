import { civilFromDays, daysFromCivil, isLeapYear, MS_PER_DAY } from './calendar';

/**
 * Whole days from `nowMs` until the calendar date of `dateMs` next comes round,
 * 0 when today is the day. Both instants are read as UTC calendar dates. A
 * 29 February date comes round on 28 February in years without one.
 */
export function daysUntilAnniversary(dateMs: number, nowMs: number): number {
  const date = civilFromDays(Math.floor(dateMs / MS_PER_DAY));
  const todayDays = Math.floor(nowMs / MS_PER_DAY);
  const thisYear = civilFromDays(todayDays).year;
  let next = anniversaryIn(thisYear, date.month, date.day);
  if (next < todayDays) next = anniversaryIn(thisYear + 1, date.month, date.day);
  return next - todayDays;
}

function anniversaryIn(year: number, month: number, day: number): number {
  const leapDayInCommonYear = month === 2 && day === 29 && !isLeapYear(year);
  return daysFromCivil(year, month, leapDayInCommonYear ? 28 : day);
}
