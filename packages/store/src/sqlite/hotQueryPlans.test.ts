import { compilePlaybook, compileSegment, describeCustomer, react } from '@stayflow/engine';
import { MS_PER_DAY } from '@stayflow/logic';
import type { Playbook } from '@stayflow/playbook';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdvanceItem } from '../Store.ts';
import { openSqlite } from './openSqlite.ts';
import { SqliteActivity } from './SqliteActivity.ts';
import { SqliteAdvance } from './SqliteAdvance.ts';
import { SqliteCustomers } from './SqliteCustomers.ts';
import { SqliteSegments } from './SqliteSegments.ts';
import { eventItem } from './testFixtures.ts';

const T0 = Date.parse('2026-03-01T00:00:00Z');
const welcome: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'welcome',
  name: 'Welcome',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'split', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] },
    { id: 'wait', type: 'wait', for: 'P2D' },
  ],
  edges: [
    { from: 'start', to: 'split' },
    { from: 'split', port: 'a', to: 'wait' },
    { from: 'split', port: 'b', to: 'wait' },
  ],
};
const playbooks = [compilePlaybook(welcome, 1)];
const segments = [compileSegment('buyer', { '>=': [{ var: 'customer.metrics.orders' }, 1] })];

/** Tables that stay small whatever the data (one row per day, segment or counter), and temporary results: the only ones a hot query may scan. */
const SMALL = ['order_days', 'segment_counts', '(subquery-', 'CONSTANT ROW'];

/** Records every statement run through the connection with its arguments, so its plan can be asked for afterwards. */
function recordStatements(client: Database.Database): { sql: string; args: unknown[] }[] {
  const seen: { sql: string; args: unknown[] }[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((text: string) => {
    const statement = prepare(text);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        seen.push({ sql: text, args });
        return original(...args);
      };
    }
    return statement;
  }) as typeof client.prepare;
  return seen;
}

describe('hot read queries', () => {
  const db = openSqlite(':memory:');
  const client = db.$client;
  let plans: string[] = [];
  let statements: string[] = [];

  beforeAll(() => {
    const advance = new SqliteAdvance(db);
    const items: AdvanceItem[] = [];
    for (let i = 0; i < 400; i++) {
      const at = T0 + (i % 40) * MS_PER_DAY + i;
      const events: [string, string, Record<string, unknown>][] = [
        ['signed_up', `s${i}`, {}],
        ['order_placed', `o${i}`, { amount: i, currency: i % 2 ? 'USD' : 'CNY' }],
        ['nps_submitted', `n${i}`, { score: i % 11 }],
      ];
      for (const [type, id, properties] of events) items.push(eventItem(id, `c${i % 150}`, type, at, properties));
    }
    const now = T0 + 41 * MS_PER_DAY;
    advance.run(items, (world, input) => react(world, input, { now, playbooks, segments }), {
      now,
      wallNow: now,
      deliversExternally: () => false,
      segmentsOf: (customer) => describeCustomer(customer, segments, now).segments,
    });
    // No ANALYZE: the server never runs it, so the planner chooses as it will in production.
  });
  afterAll(() => client.close());

  async function planOf(read: () => Promise<unknown>): Promise<string> {
    const seen = recordStatements(client);
    try {
      await read();
    } finally {
      // Restore the connection's own prepare for the plans and later reads.
      delete (client as unknown as Record<string, unknown>).prepare;
    }
    expect(seen.length).toBeGreaterThan(0);
    statements = seen.map(({ sql }) => sql);
    plans = seen.map(({ sql, args }) => {
      const rows = client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
      return rows.map((row) => row.detail).join('\n');
    });
    return plans.join('\n');
  }

  /** Any full scan must be of a small aggregate table (one row per day, segment or counter); never of data that grows with customers. */
  function expectNoScanOfLargeTables(plan: string): void {
    const lines = plan.split('\n').map((line) => line.trim());
    // A subquery's own result (one row, or a grouped handful) is read by its name.
    const results = lines.filter((line) => /^(CO-ROUTINE|MATERIALIZE) /.test(line)).map((line) => line.split(' ')[1]!);
    // `SCAN customers_search VIRTUAL TABLE INDEX 0:M…` is an FTS5 MATCH: it reads the query's posting lists, not every row.
    const scans = lines.filter((line) => line.startsWith('SCAN ') && !/^SCAN customers_search VIRTUAL TABLE INDEX \d+:M/.test(line) && ![...SMALL, ...results].some((table) => line === `SCAN ${table}` || line.startsWith(`SCAN ${table} `) || (table.endsWith('-') && line.startsWith(`SCAN ${table}`))));
    expect(scans, plan).toEqual([]);
  }

  it('metrics of a window ending after the last order read the day rollups, and the ledgers for two days', async () => {
    const plan = await planOf(() => new SqliteActivity(db).retentionCounts(T0 + 10 * MS_PER_DAY + 5, T0 + 41 * MS_PER_DAY));
    expectNoScanOfLargeTables(plan);
    expect(plan).toMatch(/SEARCH order_days USING INDEX sqlite_autoindex_order_days_1 \(day<\?\)/);
    expect(plan).toMatch(/SEARCH nps_days USING INTEGER PRIMARY KEY \(rowid<\?\)/);
    // Every ledger read is bounded on both sides: the part of a day before an instant.
    // (A SEARCH with no constraint is MAX(at): one seek to the end of the index.)
    const ledgerReads = plan.split('\n').filter((line) => /^SEARCH (orders|nps_answers) .*\(/.test(line.trim()));
    expect(ledgerReads.length).toBeGreaterThan(0);
    for (const line of ledgerReads) expect(line).toMatch(/\(at>\? AND at<\?\)/);
    expect(statements.join('\n')).not.toMatch(/prev_at < |next_at > /);
  });

  it('metrics of any other window range-scan the ledgers through their covering indexes', async () => {
    const plan = await planOf(() => new SqliteActivity(db).retentionCounts(T0 + 10 * MS_PER_DAY + 5, T0 + 30 * MS_PER_DAY + 7));
    expectNoScanOfLargeTables(plan);
    expect(plan).toMatch(/SEARCH orders USING COVERING INDEX orders_window \(at>\? AND at<\?\)/);
    expect(plan).toMatch(/SEARCH nps_answers USING COVERING INDEX nps_answers_window \(at>\? AND at<\?\)/);
    expect(plan).toMatch(/order_days/);
  });

  it('money per currency reads the partial days of the ledger through its covering index', async () => {
    const plan = await planOf(() => new SqliteActivity(db).moneyByCurrency(T0 + 10 * MS_PER_DAY + 5, T0 + 30 * MS_PER_DAY + 7));
    expectNoScanOfLargeTables(plan);
    // Not `USING INDEX orders_window`: a row read per order of the partial days (65 ms at a million customers).
    expect(plan).toMatch(/SEARCH orders USING COVERING INDEX orders_window \(at>\? AND at<\?\)/);
    expect(plan).not.toMatch(/SEARCH orders USING INDEX/);
  });

  it('segment member counts read one row per segment', async () => {
    const plan = await planOf(() => new SqliteSegments(db).memberCounts());
    expectNoScanOfLargeTables(plan);
    expect(plan).toMatch(/SCAN segment_counts/);
  });

  it('the customer total reads a maintained count', async () => {
    const plan = await planOf(() => new SqliteCustomers(db).count());
    expectNoScanOfLargeTables(plan);
    expect(plan).toMatch(/SEARCH table_counts USING INDEX sqlite_autoindex_table_counts_1 \(name=\?\)/);
  });

  it('the customers due for a re-check (next_flip_at passed) are read through customers_next_flip', async () => {
    // Constructed inside each read: the statements are prepared there, and recorded.
    for (const read of [() => new SqliteCustomers(db).nextFlipAt(), () => new SqliteCustomers(db).flipsDue(T0, 100)]) {
      const plan = await planOf(read);
      expectNoScanOfLargeTables(plan);
      expect(plan).toMatch(/SEARCH customers USING COVERING INDEX customers_next_flip/);
    }
  });

  it('a search of 3 characters or more reads the rows its trigrams find, and counts them so', async () => {
    const customers = new SqliteCustomers(db);
    for (const read of [() => customers.search('c14', 51), () => customers.search('c14', 51, 'c140'), () => customers.countMatching('c14')]) {
      const plan = await planOf(read);
      expectNoScanOfLargeTables(plan);
      expect(plan).toMatch(/SCAN customers_search VIRTUAL TABLE INDEX \d+:M/);
      expect(plan).toMatch(/SEARCH customers USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    }
  });

  it("a segment's members are a range of segment_members, then one lookup each", async () => {
    const customers = new SqliteCustomers(db);
    for (const read of [() => customers.inSegment('buyer', null, 51), () => customers.inSegment('buyer', 'c140', 51), () => customers.inSegment('nobody', null, 51)]) {
      const plan = await planOf(read);
      expectNoScanOfLargeTables(plan);
      expect(plan).toMatch(/SEARCH segment_members USING PRIMARY KEY \(segment=\?( AND customer_id>\?)?\)/);
      expect(plan).toMatch(/SEARCH customers USING INDEX sqlite_autoindex_customers_1 \(id=\?\)/);
    }
  });

  it('playbook stats read the counters, and the runs of the first day of a window through runs_playbook_entered', async () => {
    const activity = new SqliteActivity(db);
    const windowed = await planOf(() => activity.stats('welcome', { since: T0 + 10 * MS_PER_DAY + 3 * 3_600_000 }));
    expectNoScanOfLargeTables(windowed);
    expect(windowed).toMatch(/SEARCH r USING (COVERING )?INDEX runs_playbook_entered \(playbook_id=\? AND entered_at>\? AND entered_at<\?\)/);
    expect(windowed).toMatch(/SEARCH s USING INDEX run_steps_visit \(run_id=\?\)/);
    expect(windowed).toMatch(/SEARCH (step_counts|run_counts) USING INDEX sqlite_autoindex_(step|run)_counts_1 \(playbook_id=\? AND entered_day>\?\)/);
    for (const since of [undefined, T0 + 10 * MS_PER_DAY]) {
      const plan = await planOf(() => activity.stats('welcome', since === undefined ? {} : { since }));
      expectNoScanOfLargeTables(plan);
      expect(plan).not.toMatch(/\bruns\b|run_steps/);
    }
  });
});
