import { compileSegment, describeCustomer, nextTimeChange, react, type ReactEnv } from '@stayflow/engine';
import { MS_PER_DAY } from '@stayflow/logic';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdvanceOptions, Store } from '../Store.ts';
import { openSqliteStore } from './openSqliteStore.ts';
import { eventItem } from './testFixtures.ts';

const T0 = Date.parse('2026-03-01T00:00:00Z');
const lapsed = compileSegment('lapsed', { '>=': [{ var: 'customer.metrics.days_since_last_order' }, 30] });

let store: Store;
afterEach(() => store.close());

function options(now: number, env: ReactEnv, extra: Partial<AdvanceOptions> = {}): AdvanceOptions {
  return {
    now,
    wallNow: now,
    deliversExternally: () => false,
    segmentsOf: (customer) => describeCustomer(customer, env.segments ?? [], now).segments,
    nextFlipOf: (world) => nextTimeChange(world, env),
    ...extra,
  };
}

describe("a customer's next_flip_at", () => {
  it('is written by advance for every customer it reaches, read earliest first, and re-checks refresh the memberships', async () => {
    store = openSqliteStore(':memory:');
    const env: ReactEnv = { now: T0, playbooks: [], segments: [lapsed] };
    const reactor = (now: number) => (world: Parameters<typeof react>[0], input: Parameters<typeof react>[1]) => react(world, input, { ...env, now });
    await store.advance([eventItem('o1', 'a', 'order_placed', T0 - 10 * MS_PER_DAY), eventItem('o2', 'b', 'order_placed', T0 - 20 * MS_PER_DAY), eventItem('s1', 'c', 'signed_up', T0)], reactor(T0), options(T0, env));
    expect(await store.customers.flipsDue(Number.MAX_SAFE_INTEGER, 10)).toEqual([
      { id: 'b', at: T0 + 10 * MS_PER_DAY },
      { id: 'a', at: T0 + 20 * MS_PER_DAY },
    ]);
    expect(await store.customers.nextFlipAt()).toBe(T0 + 10 * MS_PER_DAY);
    expect(await store.customers.flipsDue(T0 + 10 * MS_PER_DAY - 1, 10)).toEqual([]);

    // Without the option the stored instant is kept, even when the customer changes.
    await store.advance([{ customerId: 'b', input: { kind: 'customer', attributes: { plan: 'pro' } } }], reactor(T0), { ...options(T0, env), nextFlipOf: undefined });
    expect(await store.customers.nextFlipAt()).toBe(T0 + 10 * MS_PER_DAY);

    // The re-check at the instant: nothing in the world changes, yet the membership and the next instant are written.
    const due = T0 + 10 * MS_PER_DAY;
    const outcome = await store.advance([{ customerId: 'b', input: { kind: 'sweep' } }], reactor(due), options(due, { ...env, now: due }, { refreshSegments: true }));
    expect(outcome.applied).toEqual([true]);
    expect(await store.segments.memberCounts()).toEqual({ lapsed: 1 });
    expect(await store.customers.flipsDue(Number.MAX_SAFE_INTEGER, 10)).toEqual([{ id: 'a', at: T0 + 20 * MS_PER_DAY }]);
  });

  it('is refreshed by a recount', async () => {
    store = openSqliteStore(':memory:');
    const none: ReactEnv = { now: T0, playbooks: [], segments: [] };
    await store.advance([eventItem('o1', 'a', 'order_placed', T0)], (world, input) => react(world, input, none), options(T0, none));
    expect(await store.customers.nextFlipAt()).toBeUndefined();
    const env: ReactEnv = { now: T0, playbooks: [], segments: [lapsed] };
    await store.segments.recount(null, 10, (customer) => describeCustomer(customer, [lapsed], T0).segments, undefined, (world) => nextTimeChange(world, env));
    expect(await store.customers.nextFlipAt()).toBe(T0 + 30 * MS_PER_DAY);
  });
});
