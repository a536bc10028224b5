import { compilePlaybook, compileSegment, describeCustomer, nextTimeChange, react, type ReactEnv } from '@stayflow/engine';
import type { Playbook } from '@stayflow/playbook';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdvanceItem, AdvanceOptions, AdvanceOutcome } from '../Store.ts';
import { openSqlite } from './openSqlite.ts';
import { SqliteAdvance } from './SqliteAdvance.ts';
import { trigramsOf } from './SqliteCustomers.ts';
import { eventItem } from './testFixtures.ts';

const T0 = Date.parse('2026-03-01T00:00:00Z');
const HOUR = 3_600_000;

/** Entrants split in two: one branch waits, the other changes the customer's currency and calls a webhook; both send an email; an order converts. */
const trial: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'trial',
  name: 'Trial',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'split', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] },
    { id: 'wait', type: 'wait', for: 'PT12H' },
    { id: 'yuan', type: 'action', action: 'update_customer', set: { currency: 'CNY' } },
    { id: 'hook', type: 'action', action: 'webhook', url: 'https://example.com/hook', body: 'hi' },
    { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { body: 'Hi' } },
  ],
  edges: [
    { from: 'start', to: 'split' },
    { from: 'split', port: 'a', to: 'wait' },
    { from: 'split', port: 'b', to: 'yuan' },
    { from: 'yuan', to: 'hook' },
    { from: 'wait', to: 'mail' },
    { from: 'hook', to: 'mail' },
  ],
  settings: { holdout: 20, reentry: { mode: 'always' }, goal: { event: 'order_placed', within: 'P30D' } },
};
/** A segment trigger whose run tags the customer, issues a coupon and opens a task. */
const vipWatch: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'vip-watch',
  name: 'VIP watch',
  nodes: [
    { id: 'start', type: 'trigger', on: 'segment', if: { in_segment: 'vip' } },
    { id: 'tag', type: 'action', action: 'add_tag', tag: 'watched' },
    { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 10 },
    { id: 'task', type: 'action', action: 'create_task', title: 'Call them' },
    { id: 'done', type: 'exit' },
  ],
  edges: [
    { from: 'start', to: 'tag' },
    { from: 'tag', to: 'coupon' },
    { from: 'coupon', to: 'task' },
    { from: 'task', to: 'done' },
  ],
};
const playbooks = [compilePlaybook(trial, 1), compilePlaybook(vipWatch, 1)];
const segments = [
  compileSegment('buyer', { '>=': [{ var: 'customer.metrics.orders' }, 1] }),
  compileSegment('vip', { in: ['vip', { var: 'customer.tags' }] }),
  compileSegment('recent', { '<': [{ var: 'customer.metrics.days_since_last_order' }, 2] }),
];

type Step =
  | { kind: 'signup'; customer: number; hoursAgo: number }
  | { kind: 'order'; customer: number; hoursAgo: number; amount: number; currency: 'USD' | 'EUR' | null }
  | { kind: 'nps'; customer: number; hoursAgo: number; score: number }
  | { kind: 'change'; customer: number; vip: boolean; currency: 'USD' | 'EUR' | null }
  /** The last event sent again, under its id. */
  | { kind: 'repeat' };

interface Round {
  /** How far the clock moves before the round (the timers then due fire first). */
  hours: number;
  steps: Step[];
  /** Where the batch is cut into `advance` calls (fractions of its length). */
  cuts: number[];
}

const customer = fc.integer({ min: 0, max: 2 });
const hoursAgo = fc.integer({ min: 0, max: 48 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('signup' as const), customer, hoursAgo }),
  fc.record({
    kind: fc.constant('order' as const),
    customer,
    hoursAgo,
    amount: fc.integer({ min: 1, max: 500 }),
    currency: fc.constantFrom('USD' as const, 'EUR' as const, null),
  }),
  fc.record({ kind: fc.constant('nps' as const), customer, hoursAgo, score: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant('change' as const), customer, vip: fc.boolean(), currency: fc.constantFrom('USD' as const, 'EUR' as const, null) }),
  fc.constant({ kind: 'repeat' as const }),
);
const round: fc.Arbitrary<Round> = fc.record({
  hours: fc.integer({ min: 0, max: 30 }),
  steps: fc.array(step, { minLength: 1, maxLength: 30 }),
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
});

function openStore(): { advance: SqliteAdvance; client: Database.Database } {
  const db = openSqlite(':memory:');
  return { advance: new SqliteAdvance(db), client: db.$client };
}

function options(now: number): AdvanceOptions {
  const env: ReactEnv = { now, playbooks, segments };
  return {
    now,
    wallNow: now,
    deliversExternally: (channel) => channel === 'email',
    segmentsOf: (c) => describeCustomer(c, segments, now).segments,
    nextFlipOf: (world) => nextTimeChange(world, env),
  };
}

function advance(store: SqliteAdvance, items: readonly AdvanceItem[], now: number): AdvanceOutcome {
  return store.run(items, (world, input) => react(world, input, { now, playbooks, segments }), options(now));
}

/**
 * Counters left at zero by a state the batch went through and left again (a run counted as
 * active, then as completed; a segment joined and left): the one-by-one writes keep their
 * row, the batch never writes it, and every reader skips them (`memberCounts`, `stats`).
 */
const ZERO_COUNTERS: Record<string, string> = { segment_counts: 'members = 0', run_counts: 'runs = 0 AND converted = 0' };

/**
 * Every row of every table, in a stable order, but for counters at zero. A full-text index is
 * read through its virtual table: the layout of its shadow tables depends on the order of writes.
 */
function contents(client: Database.Database): Record<string, string[]> {
  const tables = client.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name`).all() as { name: string; sql: string }[];
  const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  const shadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
  const rows = (table: string) => client.prepare(`SELECT ${virtual.includes(table) ? 'rowid, *' : '*'} FROM "${table}" WHERE NOT (${ZERO_COUNTERS[table] ?? 'false'})`).all() as unknown[];
  return Object.fromEntries(tables.filter((t) => !shadow(t.name)).map(({ name }) => [name, rows(name).map((row) => JSON.stringify(row)).sort()]));
}

/** The round's items: the timers due at `now` (as `oneByOne` holds them), then the steps. */
function itemsOf(client: Database.Database, steps: readonly Step[], now: number, sent: AdvanceItem[]): AdvanceItem[] {
  const due = client.prepare(`SELECT id, customer_id AS customerId FROM timers WHERE kind = 'run' AND due_at <= ? ORDER BY due_at, id`).all(now) as { id: string; customerId: string }[];
  const items: AdvanceItem[] = due.map((timer) => ({ customerId: timer.customerId, input: { kind: 'timer', timer: timer.id }, timerId: timer.id }));
  for (const s of steps) {
    const id = `e${sent.length}`;
    let item: AdvanceItem;
    switch (s.kind) {
      case 'signup':
        item = eventItem(id, `c${s.customer}`, 'signed_up', now - s.hoursAgo * HOUR);
        break;
      case 'order':
        item = eventItem(id, `c${s.customer}`, 'order_placed', now - s.hoursAgo * HOUR, s.currency === null ? { amount: s.amount } : { amount: s.amount, currency: s.currency });
        break;
      case 'nps':
        item = eventItem(id, `c${s.customer}`, 'nps_submitted', now - s.hoursAgo * HOUR, { score: s.score });
        break;
      case 'change':
        item = { customerId: `c${s.customer}`, input: { kind: 'customer', attributes: s.currency === null ? { plan: 'pro' } : { currency: s.currency }, tags: s.vip ? ['vip'] : [] } };
        break;
      case 'repeat': {
        const last = sent.findLast((i) => i.event !== undefined);
        if (last === undefined) continue;
        item = last;
        break;
      }
    }
    if (item.event !== undefined && item !== sent.at(-1)) sent.push(item);
    items.push(item);
  }
  return items;
}

/** The items cut where the round says: each part one `advance` call. */
function cutInto(items: readonly AdvanceItem[], cuts: readonly number[]): AdvanceItem[][] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * items.length)))].filter((i) => i > 0 && i < items.length).sort((a, b) => a - b);
  const parts: AdvanceItem[][] = [];
  let start = 0;
  for (const end of [...at, items.length]) {
    parts.push(items.slice(start, end));
    start = end;
  }
  return parts;
}

describe('SqliteAdvance', () => {
  it('stores the same state from a batch with many items of one customer as from the same items one per batch', () => {
    const { advance: oneByOne, client: a } = openStore();
    const { advance: batched, client: b } = openStore();
    const now = T0 + 30 * HOUR;
    const items: AdvanceItem[] = [
      eventItem('s1', 'ada', 'signed_up', now - HOUR),
      { customerId: 'ada', input: { kind: 'customer', attributes: { currency: 'EUR' }, tags: ['vip'] } },
      eventItem('o1', 'ada', 'order_placed', now - 20 * HOUR, { amount: 12 }),
      eventItem('o1', 'ada', 'order_placed', now - 20 * HOUR, { amount: 12 }),
      eventItem('n1', 'ada', 'nps_submitted', now - 2 * HOUR, { score: 9 }),
      eventItem('s2', 'ada', 'signed_up', now),
      eventItem('o2', 'ada', 'order_placed', now, { amount: 30, currency: 'USD' }),
      eventItem('s3', 'bob', 'signed_up', now),
      // Bob's run takes the branch that changes his currency, Dan's waits (a timer).
      eventItem('s4', 'dan', 'signed_up', now),
      eventItem('o3', 'ada', 'order_placed', now, { amount: 5 }),
    ];
    const apart = items.map((item) => advance(oneByOne, [item], now));
    const together = advance(batched, items, now);
    expect(together.applied).toEqual(apart.flatMap((o) => o.applied));
    expect(together.effects).toEqual(apart.flatMap((o) => o.effects));
    const stored = contents(b);
    expect(stored).toEqual(contents(a));
    // What the scenario is meant to reach: runs, timers, deliveries, both ledgers, orders in the customer's currency.
    for (const table of ['runs', 'run_steps', 'timers', 'outbox', 'coupons', 'tasks', 'orders', 'nps_answers']) expect(stored[table]!.length, table).toBeGreaterThan(0);
    // Ada's: as she set it; her own; as her second run's `update_customer` set it, earlier in the batch.
    expect(b.prepare(`SELECT currency FROM orders ORDER BY event_id`).pluck().all()).toEqual(['EUR', 'USD', 'CNY']);
  });

  it('stores the same state whichever way a run of items is cut into batches', () => {
    fc.assert(
      fc.property(fc.array(round, { minLength: 1, maxLength: 5 }), (rounds) => {
        const { advance: oneByOne, client: a } = openStore();
        const { advance: batched, client: b } = openStore();
        const sent: AdvanceItem[] = [];
        let now = T0 + 48 * HOUR;
        for (const r of rounds) {
          now += r.hours * HOUR;
          const items = itemsOf(a, r.steps, now, sent);
          const apart = items.map((item) => advance(oneByOne, [item], now));
          const together = cutInto(items, r.cuts).map((part) => advance(batched, part, now));
          expect(together.flatMap((o) => o.applied)).toEqual(apart.flatMap((o) => o.applied));
          expect(together.flatMap((o) => o.effects)).toEqual(apart.flatMap((o) => o.effects));
          expect(contents(b)).toEqual(contents(a));
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('writes a batch of new customers in a few statements, their search entries as a few FTS5 segments, not one per customer', () => {
    const { advance: store, client } = openStore();
    const created = (from: number, count: number, city: string): AdvanceItem[] =>
      Array.from({ length: count }, (_, i) => ({ customerId: `c${String(from + i).padStart(3, '0')}`, input: { kind: 'customer', attributes: { name: `Person ${from + i}`, city } } }));
    // 250 customers: three statements of up to 100 rows.
    advance(store, created(0, 250, 'Lisbon'), T0);
    expect(client.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(250);
    // FTS5 keeps each segment in at least one row of its data table: a statement per customer made a segment per customer.
    const dataRows = () => client.prepare('SELECT count(*) FROM customers_search_data').pluck().get() as number;
    expect(dataRows()).toBeLessThan(25);
    const matching = (text: string) => client.prepare('SELECT count(*) FROM customers_search WHERE customers_search MATCH ?').pluck().get(trigramsOf(text));
    expect(matching('Lisbon')).toBe(250);
    // Changed attributes replace a customer's entry: 120 move, in one batch with 10 new customers.
    advance(store, [...created(0, 120, 'Porto'), ...created(250, 10, 'Porto')], T0 + HOUR);
    expect(matching('Lisbon')).toBe(130);
    expect(matching('Porto')).toBe(130);
    expect(matching('Person 249')).toBe(1);
    expect(dataRows()).toBeLessThan(40);
  });
});
