import type { Random } from './random.ts';
import type { Behaviour } from './types.ts';

/** When things happen: local times of day, and the order rhythm of each behaviour. */

export const MINUTE = 60_000;
export const DAY = 86_400_000;
/** Histories reach about two years back. */
export const HISTORY_DAYS = 730;

/** Busier in the evening, quiet at night (local time). */
const HOUR_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 1], [7, 2], [8, 3], [9, 5], [10, 6], [11, 6], [12, 7], [13, 6], [14, 5], [15, 5], [16, 5], [17, 5],
  [18, 6], [19, 8], [20, 10], [21, 10], [22, 7], [23, 3],
];

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));
// Formatting every instant through Date was most of the generation time; a data set spans only ~800 days.
const dayPrefixes = new Map<number, string>();

/** ISO 8601 in UTC to the second, as events carry it. */
export function isoInstant(ms: number): string {
  const day = Math.floor(ms / DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size > 10_000) dayPrefixes.clear();
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const seconds = Math.floor((ms - day * DAY) / 1000);
  return `${prefix}${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}Z`;
}

export interface CustomerClock {
  readonly nowMs: number;
  /** A plausible local time of day, `days` (whole days count) before today; never after now. */
  daysAgo(days: number): number;
  /** `YYYY-MM-DD` of an instant in the customer's time zone. */
  localDate(ms: number): string;
}

export function createClock(nowMs: number, utcOffsetHours: number, random: Random): CustomerClock {
  const offset = utcOffsetHours * 60 * MINUTE;
  const todayStart = Math.floor((nowMs + offset) / DAY) * DAY - offset;
  return {
    nowMs,
    daysAgo(days) {
      const minute = random.weighted(HOUR_WEIGHTS) * 60 + random.int(0, 59);
      const ms = todayStart - Math.floor(days) * DAY + minute * MINUTE + random.int(0, 59) * 1000;
      return ms > nowMs ? ms - DAY : ms;
    },
    localDate: (ms) => new Date(ms + offset).toISOString().slice(0, 10),
  };
}

/** Scales gaps down so that they fit in `room` days. */
function fit(gaps: number[], room: number): number[] {
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  return total <= room ? gaps : gaps.map((gap) => (gap * room) / total);
}

/** Days before now of each order (oldest first), for shops and schools. */
export function orderDaysAgo(behaviour: Exclude<Behaviour, 'new'>, random: Random, loyalGapDays: readonly [number, number]): number[] {
  const days: number[] = [];
  switch (behaviour) {
    case 'loyal':
    case 'regular': {
      // A steady rhythm up to today: the last order is at most one gap ago.
      const gap = behaviour === 'loyal' ? random.between(loyalGapDays[0], loyalGapDays[1]) : random.between(25, 50);
      for (let day = random.between(behaviour === 'loyal' ? 120 : 200, HISTORY_DAYS); day >= 0; day -= gap * random.between(0.6, 1.4)) days.push(day);
      return days;
    }
    case 'fading': {
      // Each gap longer than the one before, then silence for 60–120 days.
      const last = random.between(62, 118);
      const firstGap = random.between(8, 20);
      const growth = random.between(1.15, 1.4);
      const gaps = Array.from({ length: random.int(3, 11) }, (_, i) => firstGap * growth ** i * random.between(0.85, 1.15));
      return fromGaps(last, fit(gaps, HISTORY_DAYS - last));
    }
    case 'churned': {
      const last = random.between(185, 560);
      const gaps = Array.from({ length: random.int(1, 7) }, () => random.between(20, 60));
      return fromGaps(last, fit(gaps, HISTORY_DAYS - last));
    }
    case 'one_time':
      return [random.between(3, 700)];
  }
}

function fromGaps(lastDaysAgo: number, gaps: number[]): number[] {
  let day = lastDaysAgo + gaps.reduce((sum, gap) => sum + gap, 0);
  const days = [day];
  for (const gap of gaps) days.push((day -= gap));
  return days;
}
