import type { WaitTarget } from '../compile/CompiledPlaybook.ts';
import { addDuration } from '../time/addDuration.ts';
import { nextTimeOfDay } from '../time/nextTimeOfDay.ts';
import { readDateAttribute } from '../time/readDateAttribute.ts';

/**
 * When a `wait` node lets the run go on, or null to go on at once (an `until`
 * attribute that is missing or not a date). A result at or before `now` also
 * means at once: the caller compares.
 */
export function waitEnd(wait: WaitTarget, now: number, attributes: Readonly<Record<string, unknown>>, timeZone: string): number | null {
  switch (wait.kind) {
    case 'for':
      return addDuration(now, wait.duration, timeZone);
    case 'until': {
      const value = Object.hasOwn(attributes, wait.attribute) ? attributes[wait.attribute] : undefined;
      const date = readDateAttribute(value, timeZone);
      if (date === null) return null;
      return wait.offset !== undefined ? addDuration(date.at, wait.offset, timeZone) : date.at;
    }
    case 'time':
      return nextTimeOfDay(now, wait.minutes, wait.days, timeZone);
  }
}
