import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at } from '../testing/fixtures.ts';
import { isoAt, localDateText } from './isoAt.ts';

describe('isoAt', () => {
  it('formats exactly as Date#toISOString for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000 - 1000, max: 253_402_300_799_999 + 1000 }), (ms) => {
        expect(isoAt(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
  });

  it('gives an empty string for an instant no Date can hold', () => {
    expect(isoAt(Number.NaN)).toBe('');
    expect(isoAt(9e15)).toBe('');
  });
});

describe('localDateText', () => {
  it('gives the calendar date in the zone', () => {
    expect(localDateText(at('2025-03-05T20:00:00Z'), 'Asia/Shanghai')).toBe('2025-03-06');
    expect(localDateText(at('2025-03-05T20:00:00Z'), 'UTC')).toBe('2025-03-05');
  });
});
