import { MS_PER_DAY } from './civil.ts';
import { zoneOffset } from './zoneOffset.ts';

/**
 * The instant at which a wall-clock time (`local`: epoch milliseconds as if the
 * zone were UTC) happens in a time zone, resolved like Temporal's `compatible`
 * disambiguation: a time that happens twice (clocks go back) is the earlier one,
 * a time that never happens (clocks go forward) is moved later by the gap.
 */
export function instantFromLocal(timeZone: string, local: number): number {
  if (timeZone === 'UTC') return local;
  const before = zoneOffset(timeZone, local - MS_PER_DAY);
  const after = zoneOffset(timeZone, local + MS_PER_DAY);
  const early = local - before;
  if (before === after) return early;
  if (zoneOffset(timeZone, early) === before) return early;
  const late = local - after;
  if (zoneOffset(timeZone, late) === after) return late;
  return early;
}

/** The wall-clock time of an instant in a zone, as epoch milliseconds read as if the zone were UTC. */
export function localFromInstant(timeZone: string, at: number): number {
  return at + zoneOffset(timeZone, at);
}
