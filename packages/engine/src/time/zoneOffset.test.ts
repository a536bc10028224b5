import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { at } from '../testing/fixtures.ts';
import { instantFromLocal } from './instantFromLocal.ts';
import { zoneOffset } from './zoneOffset.ts';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Europe/Dublin'];

describe('zoneOffset', () => {
  it('matches Temporal at every instant, however often the quarter-hour cache is hit', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('1900-01-01T00:00:00Z'), max: at('2060-01-01T00:00:00Z') }), fc.constantFrom(...ZONES), (instant, zone) => {
        const expected = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6;
        expect(zoneOffset(zone, instant)).toBe(Math.round(expected));
        expect(zoneOffset(zone, instant)).toBe(Math.round(expected));
      }),
      { numRuns: 3000 },
    );
  });

  it('is exact on both sides of a transition inside a cached quarter hour', () => {
    const change = at('2025-03-30T01:00:00Z');
    expect(zoneOffset('Europe/Berlin', change - 1)).toBe(3_600_000);
    expect(zoneOffset('Europe/Berlin', change)).toBe(7_200_000);
  });
});

describe('instantFromLocal', () => {
  it('resolves wall-clock times like Temporal "compatible" (earlier when repeated, later by the gap when skipped)', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('1970-01-01T00:00:00Z'), max: at('2050-01-01T00:00:00Z') }), fc.constantFrom(...ZONES), (local, zone) => {
        const wall = Temporal.Instant.fromEpochMilliseconds(local).toZonedDateTimeISO('UTC').toPlainDateTime();
        const expected = wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
        expect(instantFromLocal(zone, local)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('moves 02:30 on the Berlin spring-forward day to 03:30', () => {
    expect(new Date(instantFromLocal('Europe/Berlin', at('2025-03-30T02:30:00Z'))).toISOString()).toBe('2025-03-30T01:30:00.000Z');
  });
});
