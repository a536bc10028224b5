import type { ScheduleTrigger } from '@stayflow/playbook';
import { Cron } from 'croner';
import { addDuration } from '../time/addDuration.ts';
import { type CalendarDuration, calendarDuration, scaleDuration } from '../time/CalendarDuration.ts';
import { MS_PER_DAY } from '../time/civil.ts';
import { instantFromLocal } from '../time/instantFromLocal.ts';

const crons = new Map<string, Cron>();

/**
 * When a schedule trigger next fires, strictly after `after`. `cron` (five
 * fields) is read in the time zone; `every` fires at `anchor + k × every` for
 * k ≥ 1, the anchor defaulting to 1970-01-01 00:00 in the zone, so firings do not
 * drift with restarts. Null when there is no next firing.
 */
export function nextScheduleFire(trigger: ScheduleTrigger, after: number, timeZone: string, anchor?: number): number | null {
  if (trigger.cron !== undefined) {
    const key = `${timeZone}\u0000${trigger.cron}`;
    let cron = crons.get(key);
    if (cron === undefined) {
      cron = new Cron(trigger.cron, { timezone: timeZone, paused: true });
      crons.set(key, cron);
    }
    return cron.nextRun(new Date(after))?.getTime() ?? null;
  }
  if (trigger.every === undefined) return null;
  const every = calendarDuration(trigger.every);
  if (every === null) return null;
  const base = anchor ?? instantFromLocal(timeZone, 0);
  const nominal = (every.years * 365.2425 + every.months * 30.436875 + every.days) * MS_PER_DAY + every.ms;
  if (!(nominal > 0)) return null;
  const fire = (k: number): number => addDuration(base, scaleDuration(every, k), timeZone);
  if (isExact(every)) return base + Math.max(1, Math.floor((after - base) / every.ms) + 1) * every.ms;
  let k = Math.max(1, Math.floor((after - base) / nominal));
  while (fire(k) <= after) k++;
  while (k > 1 && fire(k - 1) > after) k--;
  return fire(k);
}

function isExact(duration: CalendarDuration): boolean {
  return duration.years === 0 && duration.months === 0 && duration.days === 0;
}
