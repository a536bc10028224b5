import type { DateTrigger } from '@stayflow/playbook';
import { calendarDuration, longestMs } from '../time/CalendarDuration.ts';
import { addDuration } from '../time/addDuration.ts';
import { civilFromDays, daysFromCivil, isLeapYear, MS_PER_DAY, MS_PER_MINUTE } from '../time/civil.ts';
import { instantFromLocal, localFromInstant } from '../time/instantFromLocal.ts';
import { minutesOfDay } from '../time/nextTimeOfDay.ts';
import { readDateAttribute } from '../time/readDateAttribute.ts';

const DEFAULT_AT = '09:00';
const MS_PER_YEAR = 365.2425 * MS_PER_DAY;

/**
 * When a date trigger next fires for a customer, strictly after `after`, or null
 * when it never will (no such attribute, not a date, or a one-off date already
 * past). The attribute's calendar date at `at` (default 09:00) in the zone, plus
 * `offset`; `yearly` fires on every anniversary from the date's own year on,
 * and a 29 February date fires on 28 February in other years.
 */
export function nextDateFire(trigger: DateTrigger, customer: { attributes: Readonly<Record<string, unknown>> }, after: number, timeZone: string): number | null {
  const value = Object.hasOwn(customer.attributes, trigger.attribute) ? customer.attributes[trigger.attribute] : undefined;
  const read = readDateAttribute(value, timeZone);
  if (read === null) return null;
  const { year, month, day } = read.date;
  const minutes = minutesOfDay(trigger.at ?? DEFAULT_AT);
  const offset = trigger.offset !== undefined ? calendarDuration(trigger.offset) : null;
  const fireIn = (y: number): number => {
    const d = month === 2 && day === 29 && !isLeapYear(y) ? 28 : day;
    const at = instantFromLocal(timeZone, daysFromCivil(y, month, d) * MS_PER_DAY + minutes * MS_PER_MINUTE);
    return offset !== null ? addDuration(at, offset, timeZone) : at;
  };
  if (trigger.yearly !== true) {
    const at = fireIn(year);
    return at > after ? at : null;
  }
  // An offset can move a fire into a neighbouring year: look that many years either side.
  const reach = 1 + (offset !== null ? Math.ceil(longestMs(offset) / MS_PER_YEAR) : 0);
  const afterYear = civilFromDays(Math.floor(localFromInstant(timeZone, after) / MS_PER_DAY)).year;
  for (let y = Math.max(year, afterYear - reach); y <= Math.max(year, afterYear) + reach; y++) {
    const at = fireIn(y);
    if (at > after) return at;
  }
  return null;
}
