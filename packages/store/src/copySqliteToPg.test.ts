import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copiedTables, copySqliteToPg, isDerivedSqliteTable } from './copySqliteToPg.ts';
import { openSqlite } from './sqlite/openSqlite.ts';
import { createTestDatabase } from './testing/postgresCluster.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A migrated SQLite file with two customers (one in the segment "vip"), closed again: a stopped deployment. */
function stoppedDeployment(change?: (client: Database.Database) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'stayflow-copy-'));
  folders.push(dir);
  const file = join(dir, 'stayflow.db');
  const db = openSqlite(file);
  const insert = db.$client.prepare(`INSERT INTO customers (id, attributes, tags, world, segments, created_at, updated_at) VALUES (?, '{"name":"A"}', '[]', '{}', ?, 1, 2)`);
  insert.run('c-1', '["vip"]');
  insert.run('c-2', '[]');
  change?.(db.$client);
  db.$client.close();
  return file;
}

async function rowsIn(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('copySqliteToPg', () => {
  it('copies every table of the SQLite schema: the list is the schema, so a new table cannot be left out', () => {
    const file = stoppedDeployment();
    const client = new Database(file, { readonly: true });
    const inFile = (client.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY name`).pluck().all() as string[]).filter((name) => !isDerivedSqliteTable(name));
    client.close();
    expect(copiedTables().map((t) => t.name).sort()).toEqual(inFile);
  });

  it('copies the rows and the aggregates as they are, and continues the serial counters after them', async () => {
    const file = stoppedDeployment((client) => client.prepare(`INSERT INTO delivery_attempts (id, key, at, ok, detail) VALUES (41, 'k', 5, 1, NULL)`).run());
    const url = await createTestDatabase(inject('postgresAdminUrl'));
    const result = await copySqliteToPg(file, url, { batchRows: 1 });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.tables.find((t) => t.name === 'customers')).toEqual({ name: 'customers', rows: 2 });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query(`SELECT segment, members FROM segment_counts`)).rows).toEqual([{ segment: 'vip', members: 1 }]);
      expect((await client.query(`SELECT rows FROM table_counts WHERE name = 'customers'`)).rows).toEqual([{ rows: '2' }]);
      expect((await client.query(`SELECT ok FROM delivery_attempts`)).rows).toEqual([{ ok: true }]);
      expect((await client.query(`INSERT INTO delivery_attempts (key, at, ok) VALUES ('k2', 6, false) RETURNING id`)).rows).toEqual([{ id: '42' }]);
      // The triggers are on again: a new customer is counted.
      await client.query(`INSERT INTO customers (id, attributes, tags, world, segments, created_at, updated_at) VALUES ('c-3', '{}', '[]', '{}', '["vip"]', 1, 1)`);
      expect((await client.query(`SELECT members FROM segment_counts WHERE segment = 'vip'`)).rows).toEqual([{ members: 2 }]);
    } finally {
      await client.end();
    }
  });

  it('copies the audit log and the publish requests, and later audit rows follow the copied ones', async () => {
    const file = stoppedDeployment((client) => {
      client.prepare(`INSERT INTO audit_log (id, at, actor_kind, actor_id, actor_name, action, object_type, object_id, version, detail) VALUES (7, 5, 'person', 'p1', 'ana@example.com', 'playbook.publish', 'playbook', 'winback', 2, '{"count":1}')`).run();
      client
        .prepare(`INSERT INTO approvals (id, playbook_id, requested_by_kind, requested_by_id, requested_by_name, requested_at, snapshot, snapshot_hash, summary, status) VALUES ('apr_1', 'winback', 'key', 'k1', 'ci', 6, '{"id":"winback"}', 'h', NULL, 'pending')`)
        .run();
    });
    const url = await createTestDatabase(inject('postgresAdminUrl'));
    expect(await copySqliteToPg(file, url)).toMatchObject({ ok: true });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query(`SELECT id, actor_name, version, detail FROM audit_log`)).rows).toEqual([{ id: '7', actor_name: 'ana@example.com', version: 2, detail: { count: 1 } }]);
      expect((await client.query(`INSERT INTO audit_log (at, actor_kind, actor_name, action, object_type) VALUES (8, 'local', 'local', 'clock.advance', 'clock') RETURNING id`)).rows).toEqual([{ id: '8' }]);
      expect((await client.query(`SELECT id, snapshot, status FROM approvals`)).rows).toEqual([{ id: 'apr_1', snapshot: { id: 'winback' }, status: 'pending' }]);
    } finally {
      await client.end();
    }
  });

  it('copies the people, their sessions and the API keys with their roles', async () => {
    const file = stoppedDeployment((client) => {
      client.prepare(`INSERT INTO people (id, email, name, role, password_hash, created_at, last_sign_in_at, disabled, password_changed_at) VALUES ('p1', 'ana@example.com', 'Ana', 'admin', 'scrypt$32768$8$1$s$h', 1, NULL, 1, 1)`).run();
      client.prepare(`INSERT INTO sessions (id, person_id, created_at, last_seen_at, csrf_token) VALUES ('sha', 'p1', 2, 3, 'csrf')`).run();
      client.prepare(`INSERT INTO api_keys (id, name, hash, role, created_at, last_used_at) VALUES ('k1', 'shop', 'h1', 'ingest', 4, NULL)`).run();
    });
    const url = await createTestDatabase(inject('postgresAdminUrl'));
    expect(await copySqliteToPg(file, url)).toMatchObject({ ok: true });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query(`SELECT id, email, disabled, last_sign_in_at FROM people`)).rows).toEqual([{ id: 'p1', email: 'ana@example.com', disabled: true, last_sign_in_at: null }]);
      expect((await client.query(`SELECT id, person_id, last_seen_at FROM sessions`)).rows).toEqual([{ id: 'sha', person_id: 'p1', last_seen_at: '3' }]);
      expect((await client.query(`SELECT id, role FROM api_keys`)).rows).toEqual([{ id: 'k1', role: 'ingest' }]);
    } finally {
      await client.end();
    }
  });

  it('keeps nothing when an aggregate disagrees with the rows it counts, and names it', async () => {
    const file = stoppedDeployment((client) => client.prepare(`UPDATE table_counts SET rows = 7 WHERE name = 'customers'`).run());
    const url = await createTestDatabase(inject('postgresAdminUrl'));
    const result = await copySqliteToPg(file, url);
    expect(result).toMatchObject({ ok: false, code: 'verify_failed' });
    expect(!result.ok && result.message).toContain('table_counts (customers) does not agree with the rows it counts');
    expect(await rowsIn(url, 'customers')).toBe(0);
  });

  it('refuses a SQLite file holding a table this version does not know', async () => {
    const file = stoppedDeployment((client) => client.exec('CREATE TABLE loyalty_points (id text)'));
    const result = await copySqliteToPg(file, await createTestDatabase(inject('postgresAdminUrl')));
    expect(result).toMatchObject({ ok: false, code: 'source_unknown_table' });
    expect(!result.ok && result.message).toContain('(loyalty_points): it was written by a newer version');
  });

  it('refuses a source another connection has open, and a target that is unreachable', async () => {
    const file = stoppedDeployment();
    const open = new Database(file);
    open.pragma('journal_mode = WAL');
    try {
      const busy = await copySqliteToPg(file, await createTestDatabase(inject('postgresAdminUrl')));
      expect(busy).toMatchObject({ ok: false, code: 'source_in_use' });
    } finally {
      open.close();
    }
    const down = await copySqliteToPg(file, 'postgres://stayflow:s3cret@127.0.0.1:1/stayflow');
    expect(down).toMatchObject({ ok: false, code: 'target_unreachable' });
    expect(!down.ok && down.message).not.toContain('s3cret');
  });
});
