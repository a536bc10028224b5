import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../contract/backends.ts';
import type { AdvanceItem, Reactor } from '../Store.ts';
import { react, type CustomerPredictions } from '@stayflow/engine';

const DAY = 86_400_000;
const reactor: Reactor = (world, input) => react(world, input, { now: 100 * DAY, playbooks: [] });
const options = { now: 100 * DAY, wallNow: 0, deliversExternally: () => false };
const order = (id: string, customerId: string, at: number, amount: number, currency?: string): AdvanceItem => ({
  customerId,
  input: { kind: 'event', event: { id, type: 'order_placed', at, properties: { amount, ...(currency ? { currency } : {}) } } },
  event: { id, customerId, type: 'order_placed', at, properties: { amount, ...(currency ? { currency } : {}) }, receivedAt: at },
});
const scores = (pAlive: number, predictedClv: number | null, currency: string | null = 'USD'): CustomerPredictions => ({
  pAlive,
  expectedOrders30d: 0.1,
  expectedOrders90d: 0.3,
  expectedOrders365d: 1,
  currency,
  expectedOrderValue: predictedClv === null ? null : 20,
  predictedClv,
  fittedAt: 99 * DAY,
  scoredAt: 100 * DAY,
});

describe.each(BACKENDS)('the models repository ($name)', (backend) => {
  it('reads order histories from the ledger in customer and time order, cut at the given instant', async () => {
    const store = await backend.open();
    await store.advance([order('o3', 'b', 5 * DAY, 7, 'CNY'), order('o1', 'a', 2 * DAY, 10, 'USD'), order('o2', 'a', DAY, 5), order('o4', 'c', 50 * DAY, 1)], reactor, options);
    expect(await store.models.histories(null, 2, 10 * DAY)).toEqual([
      { customerId: 'a', orders: [{ at: DAY, amount: 5, currency: '' }, { at: 2 * DAY, amount: 10, currency: 'USD' }] },
      { customerId: 'b', orders: [{ at: 5 * DAY, amount: 7, currency: 'CNY' }] },
    ]);
    // c ordered after the cut: they are walked, with nothing to show.
    expect(await store.models.histories('b', 2, 10 * DAY)).toEqual([]);
    expect(await store.models.historiesOf(['c', 'zz'], 60 * DAY)).toEqual([{ customerId: 'c', orders: [{ at: 50 * DAY, amount: 1, currency: '' }] }]);
    await store.close();
  });

  it('keeps fits, finds the newest and the last fitted, and sums the scored customers', async () => {
    const store = await backend.open();
    const base = { model: 'bg-nbd' as const, kind: 'churn' as const, currency: '', logLikelihood: -10, iterations: 12, converged: true, customers: 300, timeUnit: 'day' as const, fittedAt: 5, asOf: 5, reason: null, message: null };
    await store.models.saveFit([{ ...base, fitId: 'f1', params: { r: 0.2, alpha: 4, a: 0.8, b: 2.4 } }]);
    await store.models.saveFit([{ ...base, fitId: 'f2', params: null, logLikelihood: null, iterations: null, converged: null, reason: 'too_few_customers', message: 'needs 200' }]);
    expect((await store.models.latest()).map((f) => [f.fitId, f.reason])).toEqual([['f2', 'too_few_customers']]);
    expect((await store.models.lastFitted('churn', ''))?.params).toEqual({ r: 0.2, alpha: 4, a: 0.8, b: 2.4 });

    await store.advance(
      [
        { customerId: 'a', input: { kind: 'predictions', predictions: scores(0.9, 30) } },
        { customerId: 'b', input: { kind: 'predictions', predictions: scores(0.3, 700) } },
        { customerId: 'c', input: { kind: 'predictions', predictions: scores(0.5, null, null) } },
      ],
      reactor,
      options,
    );
    const summary = await store.models.summarise('f2', 100 * DAY);
    expect(summary).toMatchObject({ customers: 3, byCurrency: [{ currency: 'USD', customers: 2, totalClv: 730 }] });
    expect(summary.expectedActive).toBeCloseTo(1.7);
    const bands = summary.byCurrency[0]!.bands.filter((b) => b.customers > 0);
    expect(bands).toEqual([{ from: 25, to: 50, customers: 1 }, { from: 500, to: 1000, customers: 1 }]);
    expect((await store.models.latest())[0]!.scoring).toEqual(summary);

    // Scores dropped by a later fit leave the projection; erasure takes the row with the customer.
    await store.advance([{ customerId: 'c', input: { kind: 'predictions', predictions: null } }], reactor, options);
    await store.customers.erase('a');
    expect((await store.models.summarise('f2', 100 * DAY)).customers).toBe(1);
    await store.close();
  });
});
