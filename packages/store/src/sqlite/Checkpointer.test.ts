import { react, type WorldInput } from '@stayflow/engine';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdvanceItem } from '../Store.ts';
import { Checkpointer } from './Checkpointer.ts';
import { openSqlite } from './openSqlite.ts';
import { gated, openSqliteStore, SQLITE_WRITES } from './openSqliteStore.ts';
import { SqliteAudit } from './SqliteAudit.ts';

const T0 = Date.parse('2026-03-01T00:00:00Z');
const walBytes = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

describe('Checkpointer', () => {
  it('empties the write-ahead log once the database has been idle for a few seconds', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stayflow-wal-')), 'stayflow.db');
    const store = openSqliteStore(file);
    try {
      const page = 'x'.repeat(600);
      for (let batch = 0; batch < 40; batch++) {
        const items = Array.from({ length: 500 }, (_, i): AdvanceItem => {
          const n = batch * 500 + i;
          const at = T0 + n * 1000;
          const properties = { page, amount: n % 97 };
          const input: WorldInput = { kind: 'event', event: { id: `e${n}`, type: n % 10 === 0 ? 'order_placed' : 'page_viewed', at, properties } };
          return { customerId: `c${n % 2000}`, input, event: { id: `e${n}`, customerId: `c${n % 2000}`, type: input.event.type, at, properties, receivedAt: at } };
        });
        const now = T0 + batch * 500_000;
        await store.advance(items, (world, input) => react(world, input, { now, playbooks: [] }), { now, wallNow: now, deliversExternally: () => false });
      }
      expect(walBytes(file)).toBeGreaterThan(1024 * 1024);
      let waited = 0;
      while (walBytes(file) > 0 && waited < 15_000) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        waited += 250;
      }
      expect(walBytes(file)).toBe(0);
      // Still a working database afterwards.
      expect(await store.customers.count()).toBe(2000);
    } finally {
      await store.close();
    }
  }, 60_000);

  /** Commits 1 MB transactions back to back for `megabytes` MB; answers the largest WAL seen after a commit. */
  async function sustainedLoad(restartAboveBytes: number, megabytes: number): Promise<number> {
    const file = join(mkdtempSync(join(tmpdir(), 'stayflow-wal-')), 'stayflow.db');
    const db = openSqlite(file, { checkpointInBackground: true });
    const checkpointer = new Checkpointer(file, { everyMs: 20, idleMs: 60_000, restartAboveBytes });
    try {
      db.$client.exec('CREATE TABLE load (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
      const insert = db.$client.prepare('INSERT INTO load (body) VALUES (?)');
      const commit = db.$client.transaction(() => {
        for (let i = 0; i < 256; i++) insert.run('x'.repeat(4000));
      });
      let largest = 0;
      for (let n = 0; n < megabytes; n++) {
        commit();
        largest = Math.max(largest, walBytes(file));
        // Never idle: a few milliseconds between commits, as when a server answers one batch and parses the next.
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      expect(db.$client.prepare('SELECT COUNT(*) AS n FROM load').get()).toEqual({ n: megabytes * 256 });
      return largest;
    } finally {
      db.$client.close();
      await checkpointer.stop();
    }
  }

  it('keeps the write-ahead log bounded while writes never stop, by emptying it once it passes the threshold', async () => {
    const largest = await sustainedLoad(2 * 1024 * 1024, 120);
    // The threshold plus what the writer adds during a tick and a checkpoint (more on a busy
    // machine, where the thread waits for a core); without the restart the same load leaves a
    // WAL of about 100 MB of the 120 MB written (64 MB leaves room for a CI machine running other suites: 46 MB seen).
    expect(largest).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);

  /** The longest the event loop went without running a 5 ms timer while `work` ran. */
  async function longestStall(work: () => Promise<void>): Promise<number> {
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    try {
      await work();
    } finally {
      clearInterval(timer);
    }
    return longest;
  }

  /**
   * A database whose checkpointer's resets each wait 400 ms for an old reader, in vain, holding the write lock all
   * the while: `fill` takes the log past the threshold, then the reader opens its snapshot, then `write` runs `times`
   * times, 20 ms apart. Answers the longest event-loop stall meanwhile and the rows of `table` at the end.
   */
  async function stallBesideOldReader(
    restartAboveBytes: number,
    use: (db: ReturnType<typeof openSqlite>, checkpointer: Checkpointer) => { table: string; fill(): Promise<void>; write(n: number): Promise<unknown> },
    times: number,
  ): Promise<{ stall: number; rows: unknown }> {
    const file = join(mkdtempSync(join(tmpdir(), 'stayflow-wal-')), 'stayflow.db');
    const db = openSqlite(file, { checkpointInBackground: true });
    const checkpointer = new Checkpointer(file, { everyMs: 100, idleMs: 60_000, restartAboveBytes, restartWaitMs: 400 });
    const reader = new Database(file, { readonly: true });
    try {
      const { table, fill, write } = use(db, checkpointer);
      await fill();
      reader.exec('BEGIN');
      reader.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get();
      const stall = await longestStall(async () => {
        for (let n = 0; n < times; n++) {
          await write(n);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      return { stall, rows: db.$client.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() };
    } finally {
      reader.exec('COMMIT');
      reader.close();
      db.$client.close();
      await checkpointer.stop();
    }
  }

  it('lets a write through its gate wait for a checkpoint that resets the log without stopping the event loop', async () => {
    const { stall, rows } = await stallBesideOldReader(
      256 * 1024,
      (db, checkpointer) => {
        db.$client.exec('CREATE TABLE load (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
        const insert = db.$client.prepare('INSERT INTO load (body) VALUES (?)');
        const commit = db.$client.transaction(() => {
          for (let i = 0; i < 64; i++) insert.run('x'.repeat(4000));
        });
        return { table: 'load', fill: () => checkpointer.whileWriting(commit), write: () => checkpointer.whileWriting(commit) };
      },
      10,
    );
    expect(rows).toEqual({ n: 11 * 64 });
    // Without the gate, a commit meeting a reset blocks in SQLite's busy handler for the reset's 400 ms.
    expect(stall).toBeLessThan(200);
  }, 60_000);

  it('lets the other writes of the store (an audit row) pass the same gate, so a reset stops no request', async () => {
    const row = (n: number) => ({ at: T0 + n, actor: { kind: 'local' as const, id: null, name: 'local' }, action: 'customer.upsert', objectType: 'customer', objectId: `c-${n}`, version: null, detail: { note: 'x'.repeat(2000) } });
    const { stall, rows } = await stallBesideOldReader(
      64 * 1024,
      (db, checkpointer) => {
        const guard = <T>(write: () => T) => checkpointer.whileWriting(write);
        const audit = gated(new SqliteAudit(db, guard), SQLITE_WRITES.audit, guard);
        return {
          table: 'audit_log',
          fill: async () => {
            for (let n = 0; n < 64; n++) await audit.append(row(n));
          },
          write: (n) => audit.append(row(64 + n)),
        };
      },
      30,
    );
    expect(rows).toEqual({ n: 94 });
    // Ungated (new SqliteAudit(db) alone), an append meeting a reset blocks in SQLite's busy handler for 400 ms.
    expect(stall).toBeLessThan(200);
  }, 60_000);
});
