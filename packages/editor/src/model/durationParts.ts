/**
 * ISO 8601 durations as people pick them: a number and one unit (PT30M, PT2H, P3D, P2W, P1M),
 * and as people read them ("3 days", "3 天"). Compound durations are read but not picked.
 * Text is parsed by the playbook's own `parseDuration`, so the editor reads what the validator accepts.
 */
import { parseDuration } from '@stayflow/playbook';
import type { Translate } from '../i18n/translate.ts';

export const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface DurationParts {
  amount: number;
  unit: DurationUnit;
}

/** Every component of a duration, with its sign. */
export interface DurationComponents {
  negative: boolean;
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function parseDurationComponents(text: string): DurationComponents | null {
  const duration = parseDuration(text);
  if (!duration) return null;
  const d = duration.abs();
  const seconds = d.seconds + d.milliseconds / 1e3 + d.microseconds / 1e6 + d.nanoseconds / 1e9;
  return { negative: duration.sign < 0, years: d.years, months: d.months, weeks: d.weeks, days: d.days, hours: d.hours, minutes: d.minutes, seconds };
}

/** True for a duration of nothing (P0D, PT0S, -P0D): "on the day" rather than before or after it. */
export function isZeroDuration(text: string): boolean {
  return parseDuration(text)?.sign === 0;
}

/**
 * The duration as one number and unit, or null when it needs several parts (P1DT12H) or is not
 * a duration. A negative one ("-P5D") reads as a negative amount, so a picker shows what is
 * stored and the validator's "negative duration" problem, rather than hiding it.
 */
export function parseDurationParts(text: string): DurationParts | null {
  const c = parseDurationComponents(text);
  if (!c) return null;
  const parts = unsignedParts(c);
  return parts && c.negative ? { amount: -parts.amount, unit: parts.unit } : parts;
}

function unsignedParts(c: DurationComponents): DurationParts | null {
  const used: DurationParts[] = [];
  if (c.years || c.months) used.push({ amount: c.years * 12 + c.months, unit: 'months' });
  if (c.weeks) used.push({ amount: c.weeks, unit: 'weeks' });
  if (c.days) used.push({ amount: c.days, unit: 'days' });
  if (c.hours) used.push({ amount: c.hours, unit: 'hours' });
  if (c.minutes) used.push({ amount: c.minutes, unit: 'minutes' });
  if (c.seconds) return null;
  if (used.length === 0) return { amount: 0, unit: 'days' };
  return used.length === 1 ? used[0]! : null;
}

/** The ISO 8601 text of a number and unit; a negative amount keeps its sign ("-P5D") for the validator to refuse, never clamped to 0. */
export function formatDurationParts({ amount, unit }: DurationParts): string {
  const rounded = Math.round(amount);
  const sign = rounded < 0 ? '-' : '';
  const n = Math.abs(rounded);
  switch (unit) {
    case 'minutes':
      return `${sign}PT${n}M`;
    case 'hours':
      return `${sign}PT${n}H`;
    case 'days':
      return `${sign}P${n}D`;
    case 'weeks':
      return `${sign}P${n}W`;
    case 'months':
      return `${sign}P${n}M`;
  }
}

/** "3 days", "1 day 12 hours", "3 天"; the text itself when it is not a duration. Ignores the sign. */
export function describeDuration(text: string, t: Translate): string {
  const c = parseDurationComponents(text);
  if (!c) return text;
  const pieces: string[] = [];
  const add = (count: number, unit: string) => {
    if (count) pieces.push(t(`duration.${unit}`, { count }));
  };
  add(c.years, 'years');
  add(c.months, 'months');
  add(c.weeks, 'weeks');
  add(c.days, 'days');
  add(c.hours, 'hours');
  add(c.minutes, 'minutes');
  add(c.seconds, 'seconds');
  return pieces.length ? pieces.join(t('duration.joiner')) : t('duration.days', { count: 0 });
}
