import { describe, expect, it } from 'vitest';
import { CALIBRATION_END, cdnowOrders, cdnowPublishedSummary, MS_PER_DAY, MS_PER_WEEK } from '../test-data/loadCdnow.ts';
import { summarise } from './summarise';

const day = (n: number): number => Date.UTC(2026, 0, 1) + n * MS_PER_DAY;

describe('summarise', () => {
  it('counts same-day orders as one purchase day and sums their amounts', () => {
    const s = summarise(
      [
        { at: day(0) + 3_600_000, amount: 10, currency: 'USD' },
        { at: day(0) + 7_200_000, amount: 5, currency: 'USD' },
        { at: day(4) + 1000, amount: 20, currency: 'USD' },
        { at: day(4) + 2000, amount: 30, currency: 'USD' },
        { at: day(10), amount: 40, currency: 'USD' },
      ],
      day(20),
      MS_PER_DAY,
    );
    expect(s).toEqual({ frequency: 2, recency: 10, T: 19, monetary: { USD: { mean: 45, repeatDays: 2 } } });
  });

  it('takes orders in any order and ignores those at or after the end', () => {
    const s = summarise(
      [
        { at: day(30), amount: 99, currency: 'USD' },
        { at: day(7), amount: 8, currency: 'USD' },
        { at: day(1), amount: 1, currency: 'USD' },
      ],
      day(30),
      MS_PER_DAY,
    );
    expect(s).toEqual({ frequency: 1, recency: 6, T: 28, monetary: { USD: { mean: 8, repeatDays: 1 } } });
  });

  it('answers null for a customer with no order before the end', () => {
    expect(summarise([], day(5), MS_PER_DAY)).toBeNull();
    expect(summarise([{ at: day(5), amount: 1, currency: 'USD' }], day(5), MS_PER_DAY)).toBeNull();
  });

  it('keeps each currency apart and leaves out the first purchase day and currencies without a repeat day', () => {
    const s = summarise(
      [
        { at: day(0), amount: 100, currency: 'EUR' },
        { at: day(2), amount: 30, currency: 'CNY' },
        { at: day(3), amount: 10, currency: 'USD' },
        { at: day(3), amount: 50, currency: 'CNY' },
      ],
      day(7),
      MS_PER_DAY,
    );
    expect(s?.monetary).toEqual({ CNY: { mean: 40, repeatDays: 2 }, USD: { mean: 10, repeatDays: 1 } });
    expect(s?.frequency).toBe(2);
  });

  it('gives times in the unit asked for', () => {
    const s = summarise([{ at: day(0), amount: 1, currency: 'USD' }, { at: day(14), amount: 1, currency: 'USD' }], day(29), MS_PER_WEEK);
    expect(s).toMatchObject({ frequency: 1, recency: 2, T: 4 });
  });

  it('rejects malformed input with a message naming the field', () => {
    expect(() => summarise([{ at: Number.NaN, amount: 1, currency: 'USD' }], day(1), MS_PER_DAY)).toThrow(/order 0: at/);
    expect(() => summarise([{ at: day(0), amount: -1, currency: 'USD' }], day(1), MS_PER_DAY)).toThrow(/order 0: amount/);
    expect(() => summarise([{ at: day(0), amount: 1, currency: '' }], day(1), MS_PER_DAY)).toThrow(/order 0: currency/);
    expect(() => summarise([], day(1), 0)).toThrow(/unitMs/);
  });

  it('reproduces the published CDNOW calibration summary from the raw orders', () => {
    const published = cdnowPublishedSummary();
    const orders = cdnowOrders();
    expect(orders.size).toBe(2357);
    expect(published.size).toBe(2357);
    for (const [id, expected] of published) {
      const s = summarise(orders.get(id) ?? [], CALIBRATION_END, MS_PER_WEEK);
      expect(s, `customer ${id}`).not.toBeNull();
      expect(s!.frequency, `customer ${id} frequency`).toBe(expected.frequency);
      expect(Math.abs(s!.recency - expected.recency), `customer ${id} recency`).toBeLessThanOrEqual(0.01);
      expect(Math.abs(s!.T - expected.T), `customer ${id} T`).toBeLessThanOrEqual(0.01);
    }
  });
});
