import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { at, iso } from '../testing/fixtures.ts';
import { addDuration } from './addDuration.ts';
import { calendarDuration } from './CalendarDuration.ts';

const duration = (text: string) => calendarDuration(text)!;

describe('addDuration', () => {
  it('adds P1D across the spring DST change as a calendar day (Berlin, 09:00 stays 09:00)', () => {
    // Clocks go forward at 02:00 on Sunday 30 March 2025 in Europe/Berlin.
    const saturdayNine = at('2025-03-29T09:00:00+01:00');
    expect(iso(addDuration(saturdayNine, duration('P1D'), 'Europe/Berlin'))).toBe('2025-03-30T07:00:00.000Z');
  });

  it('adds PT24H across the same change as exactly 24 hours (10:00 local)', () => {
    const saturdayNine = at('2025-03-29T09:00:00+01:00');
    expect(iso(addDuration(saturdayNine, duration('PT24H'), 'Europe/Berlin'))).toBe('2025-03-30T08:00:00.000Z');
  });

  it('adds P1D across the autumn change as a 25-hour calendar day', () => {
    const saturdayNine = at('2025-10-25T09:00:00+02:00');
    expect(addDuration(saturdayNine, duration('P1D'), 'Europe/Berlin') - saturdayNine).toBe(25 * 3_600_000);
  });

  it('clamps a month added to the 31st to the end of a shorter month', () => {
    expect(iso(addDuration(at('2025-01-31T10:00:00Z'), duration('P1M'), 'UTC'))).toBe('2025-02-28T10:00:00.000Z');
    expect(iso(addDuration(at('2024-02-29T10:00:00Z'), duration('P1Y'), 'UTC'))).toBe('2025-02-28T10:00:00.000Z');
  });

  it('subtracts a negative offset on the calendar', () => {
    expect(iso(addDuration(at('2025-06-10T00:00:00+08:00'), duration('-P2D'), 'Asia/Shanghai'))).toBe('2025-06-07T16:00:00.000Z');
  });

  it('agrees with Temporal ZonedDateTime.add for any instant, zone and duration', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'Pacific/Apia'];
    const durations = fc
      .record({
        sign: fc.constantFrom(1, -1),
        years: fc.integer({ min: 0, max: 3 }),
        months: fc.integer({ min: 0, max: 14 }),
        weeks: fc.integer({ min: 0, max: 3 }),
        days: fc.integer({ min: 0, max: 40 }),
        hours: fc.integer({ min: 0, max: 50 }),
        minutes: fc.integer({ min: 0, max: 90 }),
      })
      .map(({ sign, ...parts }) => {
        const date = `${parts.years ? `${parts.years}Y` : ''}${parts.months ? `${parts.months}M` : ''}${parts.weeks ? `${parts.weeks}W` : ''}${parts.days ? `${parts.days}D` : ''}`;
        const time = `${parts.hours ? `${parts.hours}H` : ''}${parts.minutes ? `${parts.minutes}M` : ''}`;
        const body = `${date}${time ? `T${time}` : ''}` || 'T0S';
        return `${sign < 0 ? '-' : ''}P${body}`;
      });
    fc.assert(
      fc.property(fc.integer({ min: at('1995-01-01T00:00:00Z'), max: at('2045-01-01T00:00:00Z') }), fc.constantFrom(...zones), durations, (start, zone, text) => {
        const expected = Temporal.Instant.fromEpochMilliseconds(start).toZonedDateTimeISO(zone).add(Temporal.Duration.from(text)).epochMilliseconds;
        expect(addDuration(start, duration(text), zone)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
