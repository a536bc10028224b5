import type { DateTrigger } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { at, iso } from '../testing/fixtures.ts';
import { nextDateFire } from './nextDateFire.ts';

const birthday: DateTrigger = { id: 'start', type: 'trigger', on: 'date', attribute: 'birthday', at: '09:00', yearly: true };
const fireAfter = (trigger: DateTrigger, value: unknown, after: string, zone = 'Asia/Shanghai') => {
  const next = nextDateFire(trigger, { attributes: { [trigger.attribute]: value } }, at(after), zone);
  return next === null ? null : iso(next);
};

describe('nextDateFire', () => {
  it('fires yearly on the next anniversary at the given time in the customer’s zone', () => {
    expect(fireAfter(birthday, '1990-05-20', '2025-03-01T00:00:00Z')).toBe('2025-05-20T01:00:00.000Z');
    expect(fireAfter(birthday, '1990-05-20', '2025-05-20T01:00:00Z')).toBe('2026-05-20T01:00:00.000Z');
  });

  it('fires a 29 February birthday on 28 February in other years', () => {
    expect(fireAfter(birthday, '1992-02-29', '2025-01-01T00:00:00Z', 'UTC')).toBe('2025-02-28T09:00:00.000Z');
    expect(fireAfter(birthday, '1992-02-29', '2027-03-01T00:00:00Z', 'UTC')).toBe('2028-02-29T09:00:00.000Z');
  });

  it('defaults to 09:00 and applies an offset, once when not yearly', () => {
    const renewal: DateTrigger = { id: 'start', type: 'trigger', on: 'date', attribute: 'renewal_date', offset: '-P7D' };
    expect(fireAfter(renewal, '2025-06-10', '2025-01-01T00:00:00Z', 'UTC')).toBe('2025-06-03T09:00:00.000Z');
    expect(fireAfter(renewal, '2025-06-10', '2025-06-03T09:00:00Z', 'UTC')).toBeNull();
  });

  it('finds an anniversary that an offset moves into the previous year', () => {
    const early: DateTrigger = { ...birthday, offset: '-P7D' };
    expect(fireAfter(early, '1990-01-03', '2025-12-01T00:00:00Z', 'UTC')).toBe('2025-12-27T09:00:00.000Z');
  });

  it('never fires before the date itself', () => {
    expect(fireAfter(birthday, '2030-05-20', '2025-03-01T00:00:00Z', 'UTC')).toBe('2030-05-20T09:00:00.000Z');
  });

  it('answers null without a date', () => {
    expect(fireAfter(birthday, undefined, '2025-03-01T00:00:00Z')).toBeNull();
    expect(fireAfter(birthday, 'someday', '2025-03-01T00:00:00Z')).toBeNull();
  });
});
