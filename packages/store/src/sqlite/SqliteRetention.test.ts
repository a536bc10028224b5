import { compilePlaybook, react } from '@stayflow/engine';
import type { Playbook } from '@stayflow/playbook';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AdvanceItem, PrunableKind, Store } from '../Store.ts';
import { BACKENDS } from '../contract/backends.ts';
import { openSqliteStore } from './openSqliteStore.ts';
import { eventItem as event } from './testFixtures.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');

/** Entrants split into two variants (with a holdout), each sent a message; an order within 400 days converts. */
const trial: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'trial',
  name: 'Trial',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'split', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] },
    { id: 'mail_a', type: 'action', action: 'send_message', channel: 'email', template: { body: 'A' } },
    { id: 'mail_b', type: 'action', action: 'send_message', channel: 'email', template: { body: 'B' } },
  ],
  edges: [
    { from: 'start', to: 'split' },
    { from: 'split', port: 'a', to: 'mail_a' },
    { from: 'split', port: 'b', to: 'mail_b' },
  ],
  settings: { holdout: 20, reentry: { mode: 'always' }, goal: { event: 'order_placed', within: 'P400D' } },
};

/** Stays active: it waits a year after a visit. */
const waiting: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'waiting',
  name: 'Waiting',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'visited' },
    { id: 'wait', type: 'wait', for: 'P365D' },
  ],
  edges: [{ from: 'start', to: 'wait' }],
};

const playbooks = [compilePlaybook(trial, 1), compilePlaybook(waiting, 1)];

async function advance(store: Store, items: AdvanceItem[], now: number, external = false) {
  return store.advance(items, (world, input) => react(world, input, { now, playbooks }), { now, wallNow: now, deliversExternally: () => external });
}

/** Prunes everything of a kind older than `olderThan`, a batch at a time, checking each batch's size. */
async function pruneAll(store: Store, kind: PrunableKind, olderThan: number, limit: number) {
  let removed = 0;
  let related = 0;
  for (let batches = 0; ; batches++) {
    expect(batches).toBeLessThan(10_000);
    const batch = await store.retention.prune(kind, olderThan, limit);
    removed += batch.removed;
    related += batch.related;
    if (!batch.more) return { removed, related };
  }
}

/** 40 customers sign up 6 hours apart (the trial playbook runs and ends at once); some order later, some visit. */
async function history(store: Store) {
  for (let i = 0; i < 40; i++) {
    const at = T0 + i * 6 * 3_600_000;
    await advance(store, [event(`s${i}`, `c${i}`, 'signed_up', at)], at);
    if (i % 3 === 0) await advance(store, [event(`o${i}`, `c${i}`, 'order_placed', at + 2 * DAY, { amount: 10 + i, currency: 'EUR' })], at + 2 * DAY);
    if (i % 4 === 0) await advance(store, [event(`n${i}`, `c${i}`, 'nps_submitted', at + 3 * DAY, { score: i % 11 })], at + 3 * DAY);
    if (i % 5 === 0) await advance(store, [event(`v${i}`, `c${i}`, 'visited', at)], at);
  }
}

describe('order and NPS ledgers', () => {
  it('records each stored order and NPS answer once, in the same transaction as the event', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stayflow-ledger-')), 'stayflow.db');
    const store = openSqliteStore(file);
    await advance(store, [{ customerId: 'c1', input: { kind: 'customer', attributes: { currency: 'CNY' } } }], T0);
    await advance(store, [event('o1', 'c1', 'order_placed', T0, { amount: 42.5 }), event('o1', 'c1', 'order_placed', T0, { amount: 42.5 })], T0);
    await advance(store, [event('o2', 'c1', 'order_placed', T0 + 1, { amount: '7', currency: 'USD' }), event('n1', 'c1', 'nps_submitted', T0 + 2, { score: 9 })], T0 + 2);
    const rows = ledgerRows(file);
    expect(rows.orders).toEqual([
      { event_id: 'o1', customer_id: 'c1', at: T0, amount: 42.5, currency: 'CNY', prev_at: null, next_at: T0 + 1 },
      { event_id: 'o2', customer_id: 'c1', at: T0 + 1, amount: 7, currency: 'USD', prev_at: T0, next_at: null },
    ]);
    expect(rows.nps).toEqual([{ event_id: 'n1', customer_id: 'c1', at: T0 + 2, score: 9, next_at: null }]);
    await store.close();
  });

  it('back-fills the ledgers from the events stored before the migration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stayflow-backfill-'));
    const file = join(dir, 'old.db');
    // A database as the first release left it: only migration 0000 applied.
    const folder = join(dir, 'drizzle');
    cpSync(fileURLToPath(new URL('../../drizzle', import.meta.url)), folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
    const old = new Database(file);
    migrate(drizzle(old), { migrationsFolder: folder });
    old.prepare(`INSERT INTO customers VALUES ('c1', '{"currency":"CNY"}', '[]', '{}', 0, 0)`).run();
    const insert = old.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('o1', 'c1', 'order_placed', T0, '{"amount":12.5}', T0);
    insert.run('o2', 'c2', 'order_placed', T0 + DAY, '{"amount":3,"currency":"USD"}', T0 + DAY);
    insert.run('o3', 'c2', 'order_placed', T0 + 2 * DAY, '{}', T0 + 2 * DAY);
    insert.run('n1', 'c2', 'nps_submitted', T0 + 2 * DAY, '{"score":4}', T0 + 2 * DAY);
    insert.run('x1', 'c2', 'visited', T0, '{}', T0);
    old.close();

    const store = openSqliteStore(file);
    try {
      const rows = ledgerRows(file);
      expect(rows.orders).toEqual([
        // Each linked to the customer's previous and next order by migration 0003.
        { event_id: 'o1', customer_id: 'c1', at: T0, amount: 12.5, currency: 'CNY', prev_at: null, next_at: null },
        { event_id: 'o2', customer_id: 'c2', at: T0 + DAY, amount: 3, currency: 'USD', prev_at: null, next_at: T0 + 2 * DAY },
        { event_id: 'o3', customer_id: 'c2', at: T0 + 2 * DAY, amount: null, currency: null, prev_at: T0 + DAY, next_at: null },
      ]);
      expect(rows.nps).toEqual([{ event_id: 'n1', customer_id: 'c2', at: T0 + 2 * DAY, score: 4, next_at: null }]);
      expect(await store.activity.retentionCounts(T0 + DAY, T0 + 3 * DAY)).toMatchObject({
        customersAtStart: 1,
        buyers: 1,
        repeatBuyers: 1,
        newCustomers: 1,
        npsResponses: 1,
        detractors: 1,
        customersWithOrders: 2,
        totalSpent: 15.5,
      });
    } finally {
      await store.close();
    }
  });
});

describe.each(BACKENDS)('pruning ($name)', (backend) => {
  it('leaves the retention metrics unchanged when the raw events go', async () => {
    const store = await backend.open();
    await history(store);
    const windows = [
      [T0, T0 + 3 * DAY],
      [T0 + 2 * DAY, T0 + 20 * DAY],
      [T0 - DAY, T0 + 365 * DAY],
    ] as const;
    const before = await Promise.all(windows.map(([from, to]) => store.activity.retentionCounts(from, to)));
    expect(before[2]).toMatchObject({ customersWithOrders: 14, npsResponses: 10 });
    const pruned = await pruneAll(store, 'events', T0 + 100 * DAY, 50);
    expect(pruned.removed).toBe(40 + 14 + 10 + 8);
    expect(await store.activity.events({})).toEqual([]);
    const after = await Promise.all(windows.map(([from, to]) => store.activity.retentionCounts(from, to)));
    expect(after).toEqual(before);
  });

  it('answers the same playbook stats before and after pruning finished runs', async () => {
    const store = await backend.open();
    await history(store);
    const sinces = [undefined, T0 + 3 * DAY, T0 + 9 * DAY, T0 + 30 * DAY];
    const statsAll = () => Promise.all(sinces.map((since) => store.activity.stats('trial', since === undefined ? {} : { since })));
    const before = await statsAll();
    expect(before[0]!.runs).toEqual({ active: 0, completed: 40, exited: 0 });
    expect(before[0]!.groups.map((g) => g.control)).toContain(true);
    expect(before[0]!.groups.reduce((sum, g) => sum + g.converted, 0)).toBe(14);

    // Half the runs first (partly pruned), then all of them.
    await pruneAll(store, 'runs', T0 + 5 * DAY, 7);
    expect(await statsAll()).toEqual(before);
    const pruned = await pruneAll(store, 'runs', T0 + 100 * DAY, 7);
    expect(await store.activity.runs({ playbookId: 'trial', limit: 100 })).toEqual([]);
    const after = await statsAll();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    expect(pruned.related).toBeGreaterThan(0);
  });

  it('counts a late conversion of a pruned run in the rollups, once', async () => {
    const kept = await backend.open();
    const pruned = await backend.open();
    for (const store of [kept, pruned]) await advance(store, [event('s1', 'c1', 'signed_up', T0)], T0);
    await pruneAll(pruned, 'runs', T0 + DAY, 500);
    expect(await pruned.activity.runs({ limit: 10 })).toEqual([]);
    const later = T0 + 200 * DAY;
    for (const store of [kept, pruned]) await advance(store, [event('o1', 'c1', 'order_placed', later, { amount: 5 })], later);
    const expected = await kept.activity.stats('trial');
    expect(expected.groups.reduce((sum, g) => sum + g.converted, 0)).toBe(1);
    expect(await pruned.activity.stats('trial')).toEqual(expected);
    expect(await pruned.activity.runs({ limit: 10 })).toEqual([]);
  });

  it('never prunes an active run', async () => {
    const store = await backend.open();
    await history(store);
    const active = await store.activity.runs({ status: 'active', limit: 100 });
    expect(active).toHaveLength(8);
    const statsBefore = await store.activity.stats('waiting');
    await pruneAll(store, 'runs', Number.MAX_SAFE_INTEGER, 500);
    expect(await store.activity.runs({ limit: 100 })).toEqual(active);
    expect(await store.activity.steps(active.map((run) => run.id))).toHaveLength(16);
    expect(await store.activity.stats('waiting')).toEqual(statsBefore);
  });

  it('keeps each transaction within the batch limit, counting a run with its steps', async () => {
    const store = await backend.open();
    await history(store);
    // Each trial run has 3 steps: 4 rows. With a limit of 10, two runs go per batch.
    const batch = await store.retention.prune('runs', T0 + 100 * DAY, 10);
    expect(batch).toEqual({ removed: 2, related: 6, more: true });
    // A limit smaller than one run still removes that run, whole.
    expect(await store.retention.prune('runs', T0 + 100 * DAY, 1)).toEqual({ removed: 1, related: 3, more: true });
    expect(await store.retention.prune('events', T0 + 100 * DAY, 5)).toEqual({ removed: 5, related: 0, more: true });
    expect(await store.retention.prune('messages', T0 + 100 * DAY, 3)).toEqual({ removed: 3, related: 0, more: true });
    await expect(store.retention.prune('events', T0, 0)).rejects.toThrow('positive whole number');
  });

  it('prunes only what is older than the cut-off, and repeating it is harmless', async () => {
    const store = await backend.open();
    await history(store);
    const cut = T0 + 5 * DAY;
    await pruneAll(store, 'events', cut, 500);
    await pruneAll(store, 'messages', cut, 500);
    expect((await store.activity.events({})).every((e) => e.receivedAt >= cut)).toBe(true);
    expect((await store.activity.events({})).length).toBeGreaterThan(0);
    const messages = await store.activity.messages({ limit: 1000 });
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.at >= cut)).toBe(true);
    expect(await store.retention.prune('events', cut, 500)).toEqual({ removed: 0, related: 0, more: false });
    expect(await store.retention.prune('runs', T0 - DAY, 500)).toEqual({ removed: 0, related: 0, more: false });
  });

  it('prunes finished deliveries with their attempts, never pending ones or queued messages', async () => {
    const store = await backend.open();
    await advance(store, [event('s1', 'c1', 'signed_up', T0), event('s2', 'c2', 'signed_up', T0), event('s3', 'c3', 'signed_up', T0)], T0, true);
    const [first, second, third] = await store.outbox.due(T0, 10);
    await store.outbox.recordAttempt(first!.key, { at: T0, ok: false, detail: '451', retryAt: T0 + 10, sentAt: T0 });
    await store.outbox.recordAttempt(first!.key, { at: T0 + 10, ok: true, detail: '250', retryAt: null, sentAt: T0 + 10 });
    await store.outbox.recordAttempt(second!.key, { at: T0, ok: false, detail: '550 no such user', retryAt: null, sentAt: T0 });
    const later = T0 + 40 * DAY;
    expect(await pruneAll(store, 'outbox', later, 500)).toEqual({ removed: 2, related: 3 });
    expect(await store.outbox.get(first!.key)).toBeUndefined();
    expect(await store.outbox.attempts(first!.key)).toEqual([]);
    expect(await store.outbox.get(second!.key)).toBeUndefined();
    expect(await store.outbox.get(third!.key)).toMatchObject({ status: 'pending' });
    await pruneAll(store, 'messages', later, 500);
    expect((await store.activity.messages({ limit: 10 })).map((m) => [m.key, m.status])).toEqual([[third!.key, 'queued']]);
  });
});

/** The ledgers' rows, read on a connection of their own. */
function ledgerRows(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      orders: db.prepare('SELECT * FROM orders ORDER BY event_id').all(),
      nps: db.prepare('SELECT * FROM nps_answers ORDER BY event_id').all(),
    };
  } finally {
    db.close();
  }
}
