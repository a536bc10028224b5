import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate.ts';
import { describeDuration, formatDurationParts, isZeroDuration, parseDurationParts, type DurationParts } from './durationParts.ts';

describe('duration picker ⇄ ISO 8601', () => {
  const cases: [string, DurationParts][] = [
    ['PT30M', { amount: 30, unit: 'minutes' }],
    ['PT2H', { amount: 2, unit: 'hours' }],
    ['P3D', { amount: 3, unit: 'days' }],
    ['P2W', { amount: 2, unit: 'weeks' }],
    ['P1M', { amount: 1, unit: 'months' }],
  ];

  it.each(cases)('reads %s as a number and a unit, and writes it back', (iso, parts) => {
    expect(parseDurationParts(iso)).toEqual(parts);
    expect(formatDurationParts(parts)).toBe(iso);
  });

  it('reads a year as twelve months', () => {
    expect(parseDurationParts('P1Y')).toEqual({ amount: 12, unit: 'months' });
  });

  it('reads a negative duration as a negative amount, and writes it back with its sign', () => {
    expect(parseDurationParts('-P7D')).toEqual({ amount: -7, unit: 'days' });
    expect(formatDurationParts({ amount: -5, unit: 'days' })).toBe('-P5D');
    expect(parseDurationParts('-P1DT2H')).toBeNull();
  });

  it('refuses durations that need several units, and garbage', () => {
    expect(parseDurationParts('P1DT12H')).toBeNull();
    expect(parseDurationParts('3 days')).toBeNull();
    expect(parseDurationParts('P')).toBeNull();
  });

  it('rounds what people type, keeping the sign', () => {
    expect(formatDurationParts({ amount: 2.6, unit: 'days' })).toBe('P3D');
    expect(formatDurationParts({ amount: -4, unit: 'hours' })).toBe('-PT4H');
  });

  it('describes durations in English and Chinese', () => {
    expect(describeDuration('P3D', translatorFor('en'))).toBe('3 days');
    expect(describeDuration('P1D', translatorFor('en'))).toBe('1 day');
    expect(describeDuration('P1DT12H', translatorFor('en'))).toBe('1 day 12 hours');
    expect(describeDuration('P3D', translatorFor('zh-CN'))).toBe('3 天');
    expect(describeDuration('P1M', translatorFor('zh-CN'))).toBe('1 个月');
    expect(describeDuration('-P7D', translatorFor('en'))).toBe('7 days');
    expect(describeDuration('soon', translatorFor('en'))).toBe('soon');
  });

  it('tells a zero offset from a real one, whatever its units or sign', () => {
    for (const zero of ['P0D', 'PT0S', '-P0D', 'P0DT0H']) expect(isZeroDuration(zero)).toBe(true);
    for (const other of ['P1D', '-PT2H', 'P0', 'soon']) expect(isZeroDuration(other)).toBe(false);
  });
});
