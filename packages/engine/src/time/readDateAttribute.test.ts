import { describe, expect, it } from 'vitest';
import { at } from '../testing/fixtures.ts';
import { readDateAttribute } from './readDateAttribute.ts';

describe('readDateAttribute', () => {
  it('reads a date-only value as midnight in the customer’s zone', () => {
    expect(readDateAttribute('2025-06-10', 'Asia/Shanghai')).toEqual({ at: at('2025-06-10T00:00:00+08:00'), date: { year: 2025, month: 6, day: 10 } });
  });

  it('reads a date-time without an offset as wall-clock time in the zone', () => {
    expect(readDateAttribute('2025-06-10T10:30', 'Europe/Berlin')?.at).toBe(at('2025-06-10T10:30:00+02:00'));
  });

  it('reads an instant with Z or an offset as that instant, dated in the zone', () => {
    expect(readDateAttribute('2025-06-09T20:00:00Z', 'Asia/Shanghai')).toEqual({ at: at('2025-06-09T20:00:00Z'), date: { year: 2025, month: 6, day: 10 } });
    expect(readDateAttribute('2025-06-10T10:00:00+05:30', 'UTC')?.at).toBe(at('2025-06-10T04:30:00Z'));
  });

  it('reads epoch milliseconds', () => {
    expect(readDateAttribute(at('2025-06-10T04:30:00Z'), 'UTC')?.date).toEqual({ year: 2025, month: 6, day: 10 });
  });

  it('gives null for impossible dates and for anything that is not a date', () => {
    for (const value of ['2023-02-29', '2025-13-01', 'tomorrow', '', null, undefined, {}, [], Number.NaN, '2025-06-10T25:00']) {
      expect(readDateAttribute(value, 'UTC')).toBeNull();
    }
  });
});
