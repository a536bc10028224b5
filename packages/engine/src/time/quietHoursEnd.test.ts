import { describe, expect, it } from 'vitest';
import { at, iso } from '../testing/fixtures.ts';
import { minutesOfDay } from './nextTimeOfDay.ts';
import { quietHoursEnd } from './quietHoursEnd.ts';

const overnight = { start: minutesOfDay('22:00'), end: minutesOfDay('08:00') };
const afternoon = { start: minutesOfDay('12:00'), end: minutesOfDay('14:00') };

describe('quietHoursEnd', () => {
  it('ends overnight quiet hours at 08:00 the next morning when it is late evening', () => {
    expect(iso(quietHoursEnd(at('2025-03-05T23:30:00+08:00'), overnight, 'Asia/Shanghai')!)).toBe('2025-03-06T00:00:00.000Z');
  });

  it('ends overnight quiet hours at 08:00 the same morning after midnight', () => {
    expect(iso(quietHoursEnd(at('2025-03-06T03:00:00+08:00'), overnight, 'Asia/Shanghai')!)).toBe('2025-03-06T00:00:00.000Z');
  });

  it('is not quiet in the daytime, at the end minute, or before the start', () => {
    expect(quietHoursEnd(at('2025-03-06T12:00:00+08:00'), overnight, 'Asia/Shanghai')).toBeNull();
    expect(quietHoursEnd(at('2025-03-06T08:00:00+08:00'), overnight, 'Asia/Shanghai')).toBeNull();
    expect(quietHoursEnd(at('2025-03-06T21:59:00+08:00'), overnight, 'Asia/Shanghai')).toBeNull();
  });

  it('handles a window within one day', () => {
    expect(iso(quietHoursEnd(at('2025-03-06T13:00:00Z'), afternoon, 'UTC')!)).toBe('2025-03-06T14:00:00.000Z');
    expect(quietHoursEnd(at('2025-03-06T15:00:00Z'), afternoon, 'UTC')).toBeNull();
  });

  it('reads the window in the given zone', () => {
    // 23:30 in Shanghai is 15:30 UTC: quiet there, not in UTC.
    expect(quietHoursEnd(at('2025-03-05T15:30:00Z'), overnight, 'UTC')).toBeNull();
    expect(quietHoursEnd(at('2025-03-05T15:30:00Z'), overnight, 'Asia/Shanghai')).not.toBeNull();
  });

  it('treats equal start and end as no quiet hours', () => {
    expect(quietHoursEnd(at('2025-03-05T15:30:00Z'), { start: 600, end: 600 }, 'UTC')).toBeNull();
  });
});
