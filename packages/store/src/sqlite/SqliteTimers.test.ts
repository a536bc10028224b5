import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { TimerRecord } from '../Store.ts';
import { openSqlite } from './openSqlite.ts';
import { SqliteTimers } from './SqliteTimers.ts';

const T0 = Date.parse('2026-03-01T00:00:00Z');

/** The plans of the statements `read` prepares on the connection (with their arguments). */
async function plansOf(client: Database.Database, read: () => Promise<unknown>): Promise<string> {
  const seen: { sql: string; args: unknown[] }[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((text: string) => {
    const statement = prepare(text);
    const all = statement.all.bind(statement) as (...args: unknown[]) => unknown[];
    (statement as unknown as Record<string, unknown>).all = (...args: unknown[]) => {
      seen.push({ sql: text, args });
      return all(...args);
    };
    return statement;
  }) as typeof client.prepare;
  try {
    await read();
  } finally {
    delete (client as unknown as Record<string, unknown>).prepare;
  }
  expect(seen.length).toBeGreaterThan(0);
  return seen.map(({ sql, args }) => (client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((row) => row.detail).join('\n')).join('\n');
}

describe('SqliteTimers', () => {
  const db = openSqlite(':memory:');
  const timers = new SqliteTimers(db);
  afterAll(() => db.$client.close());

  it('claims due timers by due time, then id, batch after batch', async () => {
    // Ids not in insertion order, most of them due at one instant (a wait every run entered together).
    const list: TimerRecord[] = Array.from({ length: 30 }, (_, i) => ({ id: `run_${(i * 7) % 30}:wait`, dueAt: i < 25 ? T0 : T0 - 1_000 * i, kind: 'run', customerId: `c${i}`, playbookId: 'welcome' }));
    await timers.putMany(list);
    const expected = [...list].sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1)).map((t) => t.id);
    const claimed: string[] = [];
    for (;;) {
      const batch = await timers.claimDue(T0, 4);
      if (batch.length === 0) break;
      claimed.push(...batch.map((t) => t.id));
      for (const timer of batch) await timers.remove(timer.id);
    }
    expect(claimed).toEqual(expected);
  });

  it('reads the next batch of due timers in index order, without sorting the timers due at one instant', async () => {
    await timers.putMany(Array.from({ length: 50 }, (_, i) => ({ id: `run_${i}:wait`, dueAt: T0, kind: 'run' as const, customerId: `c${i}`, playbookId: 'welcome' })));
    const plan = await plansOf(db.$client, () => timers.claimDue(T0, 10));
    expect(plan).toMatch(/SEARCH timers USING INDEX timers_due \(due_at<\?\)/);
    // On `due_at` alone SQLite sorted every timer of the earliest instant by id for each batch: 100,000 due at once cost seconds.
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
