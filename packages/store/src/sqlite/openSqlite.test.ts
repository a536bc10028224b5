import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openSqlite } from './openSqlite.ts';

/** Another connection, in a thread, holds the write lock for `ms` (as the Checkpointer's does during a restart); resolves once it holds it. */
function holdWriteLock(file: string, ms: number): Promise<Worker> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const db = new (require(workerData.driver))(workerData.file);
     db.exec('BEGIN IMMEDIATE');
     parentPort.postMessage('holding');
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms);
     db.exec('COMMIT');
     db.close();`,
    { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), file, ms } },
  );
  return new Promise((resolve) => worker.once('message', () => resolve(worker)));
}

describe('openSqlite', () => {
  it('indexes events by id, by customer and time, and by arrival, but not by type and time (drizzle/0004: nothing reads it, and it cost a page per event at scale)', () => {
    const db = openSqlite(':memory:');
    try {
      const indexes = db.$client
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name")
        .pluck()
        .all();
      expect(indexes).toEqual(['events_customer_at', 'events_received_at', 'sqlite_autoindex_events_1']);
    } finally {
      db.$client.close();
    }
  });

  it('still finds events of a type in a time range, from the customer and arrival indexes or a scan', () => {
    const db = openSqlite(':memory:');
    try {
      const insert = db.$client.prepare('INSERT INTO events (id, customer_id, type, at, properties, received_at) VALUES (?, ?, ?, ?, ?, ?)');
      for (let n = 0; n < 30; n++) insert.run(`e${n}`, `c${n % 3}`, n % 2 === 0 ? 'order_placed' : 'login', 1_000 * n, '{}', 0);
      const found = db.$client.prepare("SELECT id FROM events WHERE type = 'order_placed' AND at BETWEEN 4000 AND 10000 ORDER BY at").pluck().all();
      expect(found).toEqual(['e4', 'e6', 'e8', 'e10']);
    } finally {
      db.$client.close();
    }
  });

  it('begins every transaction immediately: one that reads and then writes waits for another connection holding the write lock instead of failing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stayflow-lock-')), 'stayflow.db');
    const db = openSqlite(file);
    try {
      db.$client.exec('CREATE TABLE counter (n INTEGER NOT NULL); INSERT INTO counter VALUES (0)');
      const read = db.$client.prepare('SELECT n FROM counter').pluck();
      const write = db.$client.prepare('UPDATE counter SET n = ?');
      const increment = db.$client.transaction(() => write.run((read.get() as number) + 1));
      const worker = await holdWriteLock(file, 300);
      const started = Date.now();
      // Deferred, the read would begin at once and the write answer SQLITE_BUSY without waiting.
      increment();
      expect(Date.now() - started).toBeGreaterThanOrEqual(200);
      db.transaction((tx) => tx.run(sql`UPDATE counter SET n = n + 1`));
      expect(read.get()).toBe(2);
      await worker.terminate();
    } finally {
      db.$client.close();
    }
  });
});
