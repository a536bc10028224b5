import type { ScheduleTrigger } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { at, iso } from '../testing/fixtures.ts';
import { nextScheduleFire } from './nextScheduleFire.ts';

const schedule = (fields: Partial<ScheduleTrigger>): ScheduleTrigger => ({ id: 'start', type: 'trigger', on: 'schedule', ...fields });

describe('nextScheduleFire', () => {
  it('reads a cron expression in the playbook’s zone, strictly after the given instant', () => {
    const newYear = schedule({ cron: '0 9 1 1 *' });
    expect(iso(nextScheduleFire(newYear, at('2025-06-01T00:00:00Z'), 'Asia/Shanghai')!)).toBe('2026-01-01T01:00:00.000Z');
    expect(iso(nextScheduleFire(newYear, at('2026-01-01T01:00:00Z'), 'Asia/Shanghai')!)).toBe('2027-01-01T01:00:00.000Z');
  });

  it('fires `every` at fixed multiples from the anchor, so restarts do not shift it', () => {
    const weekly = schedule({ every: 'P7D' });
    const anchor = at('2025-01-06T00:00:00Z');
    expect(iso(nextScheduleFire(weekly, at('2025-01-08T12:00:00Z'), 'UTC', anchor)!)).toBe('2025-01-13T00:00:00.000Z');
    expect(iso(nextScheduleFire(weekly, at('2025-01-13T00:00:00Z'), 'UTC', anchor)!)).toBe('2025-01-20T00:00:00.000Z');
    expect(iso(nextScheduleFire(schedule({ every: 'PT6H' }), at('2025-01-06T07:00:00Z'), 'UTC', anchor)!)).toBe('2025-01-06T12:00:00.000Z');
  });

  it('adds calendar months from the anchor in the zone', () => {
    const monthly = schedule({ every: 'P1M' });
    const anchor = at('2025-01-31T10:00:00+08:00');
    expect(iso(nextScheduleFire(monthly, at('2025-02-01T00:00:00Z'), 'Asia/Shanghai', anchor)!)).toBe('2025-02-28T02:00:00.000Z');
    expect(iso(nextScheduleFire(monthly, at('2025-03-01T00:00:00Z'), 'Asia/Shanghai', anchor)!)).toBe('2025-03-31T02:00:00.000Z');
  });

  it('anchors `every` at midnight of 1 January 1970 in the zone by default', () => {
    expect(iso(nextScheduleFire(schedule({ every: 'P1D' }), at('2025-03-05T10:00:00Z'), 'Asia/Shanghai')!)).toBe('2025-03-05T16:00:00.000Z');
  });
});
