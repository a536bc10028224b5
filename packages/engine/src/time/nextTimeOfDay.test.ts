import { describe, expect, it } from 'vitest';
import { at, iso } from '../testing/fixtures.ts';
import { EVERY_DAY, minutesOfDay, nextTimeOfDay, weekdayMask } from './nextTimeOfDay.ts';

describe('nextTimeOfDay', () => {
  it('finds today’s time when it is still ahead, else tomorrow’s', () => {
    expect(iso(nextTimeOfDay(at('2025-03-05T08:00:00+08:00'), minutesOfDay('10:00'), EVERY_DAY, 'Asia/Shanghai'))).toBe('2025-03-05T02:00:00.000Z');
    expect(iso(nextTimeOfDay(at('2025-03-05T11:00:00+08:00'), minutesOfDay('10:00'), EVERY_DAY, 'Asia/Shanghai'))).toBe('2025-03-06T02:00:00.000Z');
  });

  it('skips to the next allowed weekday', () => {
    // Wednesday 5 March 2025, 11:00; weekends only → Saturday 8 March.
    expect(iso(nextTimeOfDay(at('2025-03-05T11:00:00Z'), minutesOfDay('10:00'), weekdayMask(['sat', 'sun']), 'UTC'))).toBe('2025-03-08T10:00:00.000Z');
    // Friday 7 March 2025, 11:00; weekdays → Monday 10 March.
    expect(iso(nextTimeOfDay(at('2025-03-07T11:00:00Z'), minutesOfDay('10:00'), weekdayMask(['mon', 'tue', 'wed', 'thu', 'fri']), 'UTC'))).toBe('2025-03-10T10:00:00.000Z');
  });

  it('answers now itself when it is exactly that time', () => {
    const tenOClock = at('2025-03-05T10:00:00Z');
    expect(nextTimeOfDay(tenOClock, minutesOfDay('10:00'), EVERY_DAY, 'UTC')).toBe(tenOClock);
  });

  it('moves a time that DST skips later by the gap', () => {
    expect(iso(nextTimeOfDay(at('2025-03-30T00:00:00+01:00'), minutesOfDay('02:30'), EVERY_DAY, 'Europe/Berlin'))).toBe('2025-03-30T01:30:00.000Z');
  });

  it('reads weekday names into a mask and treats an empty list as every day', () => {
    expect(weekdayMask(['mon', 'sun'])).toBe(0b100_0001);
    expect(weekdayMask([])).toBe(EVERY_DAY);
    expect(weekdayMask(undefined)).toBe(EVERY_DAY);
  });
});
