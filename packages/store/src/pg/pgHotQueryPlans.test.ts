import { compilePlaybook, compileSegment, describeCustomer, react } from '@stayflow/engine';
import { MS_PER_DAY } from '@stayflow/logic';
import type { Playbook } from '@stayflow/playbook';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventItem } from '../sqlite/testFixtures.ts';
import type { AdvanceItem } from '../Store.ts';
import { createTestDatabase } from '../testing/postgresCluster.ts';
import { openPg, type PgDb } from './openPg.ts';
import { PgActivity } from './PgActivity.ts';
import { PgAdvance } from './PgAdvance.ts';
import { PgCustomers } from './PgCustomers.ts';
import { PgLeases } from './PgLeases.ts';
import { PgSegments } from './PgSegments.ts';

/*
 * The PostgreSQL twin of sqlite/hotQueryPlans.test.ts: the hot reads' plans (EXPLAIN) use the
 * indexes made for them. The data is small, so sequential scans are switched off while a
 * plan is asked for (enable_seqscan): a table then read whole is one no index can serve.
 */

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

/** Tables that stay small whatever the data (a row per day, segment, counter or playbook): the only ones a hot read may read whole. */
const SMALL = new Set(['order_days', 'nps_days', 'segment_counts', 'table_counts', 'run_counts', 'step_counts', 'run_rollups', 'step_rollups']);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Each scan of a plan, as `Seq Scan orders`, `Index Only Scan orders orders_window` or `Bitmap Index Scan customers_search` (which names no table). */
function scans(node: PlanNode): string[] {
  const own = node['Relation Name'] === undefined && node['Index Name'] === undefined ? [] : [[node['Node Type'], node['Relation Name'], node['Index Name']].filter(Boolean).join(' ')];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

describe('hot read queries on PostgreSQL', () => {
  let db: PgDb;

  beforeAll(async () => {
    db = await openPg(await createTestDatabase(inject('postgresAdminUrl')), { poolSize: 1 });
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
    await new PgAdvance(db).run(items, (world, input) => react(world, input, { now, playbooks, segments }), {
      now,
      wallNow: now,
      deliversExternally: () => false,
      segmentsOf: (customer) => describeCustomer(customer, segments, now).segments,
      nextFlipOf: () => now + MS_PER_DAY,
    });
    await db.$client.query('ANALYZE');
  });
  afterAll(() => db.$client.end());

  /**
   * The scans of every statement `read` sends through the pool. `byIdOrder: false` also switches
   * off plain index scans: on 150 rows, walking the primary key in the order asked for and
   * testing each row is always cheapest, which at a million rows it is not for a rare match.
   */
  async function scansOf(read: () => Promise<unknown>, { byIdOrder = true } = {}): Promise<string[]> {
    const pool = db.$client;
    const seen: { text: string; values: unknown[] }[] = [];
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
    (pool as unknown as { query: unknown }).query = (config: unknown, values?: unknown[]) => {
      const text = typeof config === 'string' ? config : (config as { text: string }).text;
      seen.push({ text, values: (typeof config === 'string' ? undefined : (config as { values?: unknown[] }).values) ?? values ?? [] });
      return query(config, values);
    };
    try {
      await read();
    } finally {
      delete (pool as unknown as Record<string, unknown>).query;
    }
    expect(seen.length).toBeGreaterThan(0);
    const client = await pool.connect();
    try {
      await client.query('SET enable_seqscan = off');
      if (!byIdOrder) await client.query('SET enable_indexscan = off');
      const all: string[] = [];
      for (const { text, values } of seen) {
        const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${text}`, values);
        all.push(...scans((rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan));
      }
      return all;
    } finally {
      await client.query('RESET enable_seqscan');
      await client.query('RESET enable_indexscan');
      client.release();
    }
  }

  const expectNoScanOfLargeTables = (found: string[]) => expect(found.filter((s) => s.startsWith('Seq Scan') && !SMALL.has(s.split(' ')[2]!))).toEqual([]);

  it('metrics of a window ending after the last order read the day rollups, and the ledgers through their indexes', async () => {
    const found = await scansOf(() => new PgActivity(db).retentionCounts(T0 + 10 * MS_PER_DAY + 5, T0 + 41 * MS_PER_DAY));
    expectNoScanOfLargeTables(found);
    expect(found.join('\n')).toMatch(/order_days/);
    expect(found.join('\n')).toMatch(/Index (Only )?Scan (Backward )?orders orders_window/);
  });

  it('metrics of any other window range-scan the ledgers through their covering indexes', async () => {
    const found = await scansOf(() => new PgActivity(db).retentionCounts(T0 + 10 * MS_PER_DAY + 5, T0 + 30 * MS_PER_DAY + 7));
    expectNoScanOfLargeTables(found);
    expect(found).toContain('Index Only Scan orders orders_window');
    expect(found).toContain('Index Only Scan nps_answers nps_answers_window');
  });

  it('money per currency reads the partial days of the ledger through its covering index', async () => {
    const found = await scansOf(() => new PgActivity(db).moneyByCurrency(T0 + 10 * MS_PER_DAY + 5, T0 + 30 * MS_PER_DAY + 7));
    expectNoScanOfLargeTables(found);
    expect(found).toContain('Index Only Scan orders orders_window');
    expect(found.filter((s) => s.startsWith('Index Scan orders'))).toEqual([]);
  });

  it('segment member counts and the customer total read maintained rows', async () => {
    expectNoScanOfLargeTables(await scansOf(() => new PgSegments(db).memberCounts()));
    const count = await scansOf(() => new PgCustomers(db, new PgLeases(db, 'plans', 30_000)).count());
    expectNoScanOfLargeTables(count);
    expect(count.join('\n')).toMatch(/table_counts/);
  });

  it('the customers due for a re-check are read, and claimed, through customers_next_flip', async () => {
    const customers = new PgCustomers(db, new PgLeases(db, 'plans', 30_000));
    for (const read of [() => customers.nextFlipAt(), () => customers.flipsDue(T0 + 50 * MS_PER_DAY, 100), () => customers.claimFlipsDue(T0 + 50 * MS_PER_DAY, 100)]) {
      const found = await scansOf(read);
      expectNoScanOfLargeTables(found);
      expect(found.join('\n')).toMatch(/Index (Only )?Scan customers customers_next_flip/);
    }
  });

  it('a search of 3 characters or more, and its count, read the trigram index customers_search', async () => {
    const customers = new PgCustomers(db, new PgLeases(db, 'plans', 30_000));
    for (const read of [() => customers.search('c14', 51), () => customers.countMatching('nobody-xyz')]) {
      const found = await scansOf(read, { byIdOrder: false });
      expectNoScanOfLargeTables(found);
      expect(found).toContain('Bitmap Index Scan customers_search');
    }
    // A later page: the trigram index, or the primary key's range after the cursor, whichever the planner finds fewer rows in.
    expect(await scansOf(() => customers.search('c14', 51, 'c140'), { byIdOrder: false })).toEqual(expect.arrayContaining([expect.stringMatching(/^Bitmap Index Scan customers_(search|pkey)$/)]));
  });

  it("a segment's members, rare or absent, are found through customers_segments", async () => {
    const customers = new PgCustomers(db, new PgLeases(db, 'plans', 30_000));
    for (const read of [() => customers.inSegment('nobody', null, 51), () => customers.inSegment('buyer', null, 51)]) {
      const found = await scansOf(read, { byIdOrder: false });
      expectNoScanOfLargeTables(found);
      expect(found).toContain('Bitmap Index Scan customers_segments');
    }
  });

  it('playbook stats read the counters, and the runs of the first day of a window through runs_playbook_entered', async () => {
    const activity = new PgActivity(db);
    const windowed = await scansOf(() => activity.stats('welcome', { since: T0 + 10 * MS_PER_DAY + 3 * 3_600_000 }));
    expectNoScanOfLargeTables(windowed);
    expect(windowed.join('\n')).toMatch(/Index (Only )?Scan runs runs_playbook_entered/);
    expect(windowed.join('\n')).toMatch(/Index Scan run_steps run_steps_visit/);
    for (const since of [undefined, T0 + 10 * MS_PER_DAY]) {
      const found = await scansOf(() => activity.stats('welcome', since === undefined ? {} : { since }));
      expectNoScanOfLargeTables(found);
      expect(found.join('\n')).not.toMatch(/ runs |run_steps/);
    }
  });
});
