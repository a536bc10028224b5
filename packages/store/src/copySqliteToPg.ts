import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { getTableConfig as pgTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { openPg, redactUrl } from './pg/openPg.ts';
import * as pgSchema from './schema-pg/index.ts';
import * as sqliteSchema from './schema/index.ts';

/**
 * Copying a stopped SQLite deployment into an empty PostgreSQL database
 * (`stayflow migrate-to-postgres`; apps/server README, "Moving from SQLite to PostgreSQL").
 * Every table of the SQLite schema is copied (the list comes from the drizzle schema, so a
 * new table cannot be forgotten), in one PostgreSQL transaction with the aggregate
 * triggers disabled: the maintained aggregates are copied as they are, not counted again,
 * then checked against the copied rows before the transaction commits.
 */
export interface CopyOptions {
  /** Rows per INSERT (default 1000; fewer for wide tables: at most 65,535 parameters). */
  batchRows?: number;
  /** Called after each table is copied. */
  onTable?: (table: CopiedTable) => void;
}

export interface CopiedTable {
  name: string;
  rows: number;
}

export type CopyResult =
  | { ok: true; tables: CopiedTable[]; migrationsApplied: number; ms: number }
  | { ok: false; code: 'source_missing' | 'source_in_use' | 'source_unknown_table' | 'target_unreachable' | 'target_not_empty' | 'verify_failed' | 'copy_failed'; message: string };

const sqliteMigrations = fileURLToPath(new URL('../drizzle', import.meta.url));
const MAX_PARAMETERS = 65_535;

interface TablePair {
  name: string;
  /** Column SQL names with how a SQLite value becomes a PostgreSQL parameter. */
  columns: { name: string; convert: (raw: unknown) => unknown; numeric: boolean; serial: boolean }[];
}

/** The tables to copy: every table of the SQLite schema, paired with its PostgreSQL twin column by column. */
export function copiedTables(): TablePair[] {
  const pgTables = new Map(
    (Object.values(pgSchema) as unknown[])
      .filter((t): t is PgTable => t instanceof PgTable)
      .map((t) => [pgTableConfig(t).name, pgTableConfig(t)]),
  );
  return (Object.values(sqliteSchema) as unknown[])
    .filter((t): t is SQLiteTable => t instanceof SQLiteTable)
    .map((t) => {
      const lite = sqliteTableConfig(t);
      const twin = pgTables.get(lite.name);
      if (!twin) throw new Error(`The SQLite table ${lite.name} has no PostgreSQL twin in schema-pg/: the PostgreSQL schema must gain it before data can move over.`);
      const columns = lite.columns.map((column: SQLiteColumn) => {
        const target = twin.columns.find((c: PgColumn) => c.name === column.name);
        if (!target) throw new Error(`The column ${lite.name}.${column.name} has no PostgreSQL twin in schema-pg/.`);
        const convert = (raw: unknown) => (raw === null || raw === undefined ? null : target.mapToDriverValue(column.mapFromDriverValue(raw)));
        return { name: column.name, convert, numeric: /Integer|Real|Numeric/.test(column.columnType) && !/Boolean/.test(column.columnType), serial: /Serial/.test(target.columnType) };
      });
      return { name: lite.name, columns };
    });
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The maintained aggregates checked against the copied rows on PostgreSQL (store README,
 * "Aggregates"): each query answers the rows where the two disagree.
 */
const AGGREGATE_CHECKS: { name: string; sql: string }[] = [
  { name: 'table_counts (customers)', sql: `SELECT 1 FROM table_counts WHERE name = 'customers' AND rows <> (SELECT count(*) FROM customers)` },
  { name: 'order_days (orders per day and currency)', sql: `SELECT 1 FROM (SELECT stayflow_utc_day(at) AS day, COALESCE(currency, '') AS currency, count(*) AS n FROM orders GROUP BY 1, 2) o FULL JOIN (SELECT day, currency, orders AS n FROM order_days WHERE orders <> 0) d USING (day, currency) WHERE o.n IS DISTINCT FROM d.n` },
  { name: 'nps_days (latest answers per day)', sql: `SELECT 1 FROM (SELECT stayflow_utc_day(at) AS day, count(*) AS n FROM nps_answers WHERE next_at IS NULL GROUP BY 1) a FULL JOIN (SELECT day, latest AS n FROM nps_days WHERE latest <> 0) d USING (day) WHERE a.n IS DISTINCT FROM d.n` },
  { name: 'run_counts (live runs)', sql: `SELECT 1 FROM (SELECT playbook_id, stayflow_entry_day(entered_at) AS entered_day, control, COALESCE(variant, '') AS variant, status, count(*) AS n, count(converted_at) AS c FROM runs GROUP BY 1, 2, 3, 4, 5) r FULL JOIN (SELECT playbook_id, entered_day, control, variant, status, runs AS n, converted AS c FROM run_counts WHERE runs <> 0) k USING (playbook_id, entered_day, control, variant, status) WHERE r.n IS DISTINCT FROM k.n OR r.c IS DISTINCT FROM k.c` },
  { name: 'step_counts (live steps)', sql: `SELECT 1 WHERE (SELECT count(*) FROM run_steps) <> (SELECT COALESCE(sum(steps), 0) FROM step_counts)` },
  { name: 'segment_counts (members per segment)', sql: `SELECT 1 FROM (SELECT value AS segment, count(DISTINCT id) AS n FROM customers, jsonb_array_elements_text(segments) GROUP BY 1) m FULL JOIN (SELECT segment, members AS n FROM segment_counts WHERE members <> 0) s USING (segment) WHERE m.n IS DISTINCT FROM s.n` },
];

/** Opens the SQLite file alone: refused (SQLITE_BUSY) while a server or any other connection has it open. */
function lockSource(file: string): Database.Database | string {
  const source = new Database(file, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 0');
    source.pragma('locking_mode = EXCLUSIVE');
    source.exec('BEGIN EXCLUSIVE');
    source.exec('COMMIT');
    return source;
  } catch (error) {
    source.close();
    return (error as Error).message;
  }
}

/**
 * SQLite tables derived from others by its own triggers (drizzle/0016), outside the drizzle
 * schema and not copied: PostgreSQL answers the same reads from indexes on `customers`
 * (drizzle-pg/0008). `customers_search` is an FTS5 table; the rest are its shadow tables.
 */
const DERIVED_SQLITE_TABLES = new Set(['segment_members', 'customers_search', ...['data', 'idx', 'docsize', 'config', 'content'].map((part) => `customers_search_${part}`)]);

export const isDerivedSqliteTable = (name: string): boolean => DERIVED_SQLITE_TABLES.has(name);

/**
 * Copies the SQLite database `sourceFile` (stopped) into the PostgreSQL database at `targetUrl`
 * (created, migrated and empty), then verifies the rows per table and the aggregates.
 * The source is first brought to this version's schema, as the server would on start.
 */
export async function copySqliteToPg(sourceFile: string, targetUrl: string, options: CopyOptions = {}): Promise<CopyResult> {
  const started = Date.now();
  if (!existsSync(sourceFile)) return { ok: false, code: 'source_missing', message: `No Stayflow database at ${sourceFile}.` };
  const source = lockSource(sourceFile);
  if (typeof source === 'string') {
    return { ok: false, code: 'source_in_use', message: `${sourceFile} is in use (${source}): stop every Stayflow server and command using it, then run this again.` };
  }
  let db: Awaited<ReturnType<typeof openPg>> | undefined;
  try {
    const before = migrationCount(source);
    migrate(drizzle(source), { migrationsFolder: sqliteMigrations });
    const migrationsApplied = migrationCount(source) - before;
    const tables = copiedTables();
    const known = new Set(tables.map((t) => t.name));
    const unknown = (source.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '__drizzle_migrations'`).pluck().all() as string[]).filter((name) => !known.has(name) && !isDerivedSqliteTable(name));
    if (unknown.length > 0) {
      return { ok: false, code: 'source_unknown_table', message: `${sourceFile} holds tables this version of Stayflow does not know (${unknown.join(', ')}): it was written by a newer version; move it over with that version.` };
    }
    try {
      db = await openPg(targetUrl, { poolSize: 1 });
    } catch (error) {
      return { ok: false, code: 'target_unreachable', message: (error as Error).message };
    }
    const client = await db.$client.connect();
    try {
      const filled = await nonEmptyTables(client);
      if (filled.length > 0) {
        return {
          ok: false,
          code: 'target_not_empty',
          message: `The PostgreSQL database at ${redactUrl(targetUrl)} already holds data (${filled.join(', ')}): move over into a new, empty database (createdb -O stayflow stayflow_new), never into one a server has used.`,
        };
      }
      const copied: CopiedTable[] = [];
      await client.query('BEGIN');
      try {
        for (const table of tables) {
          await client.query(`ALTER TABLE ${quote(table.name)} DISABLE TRIGGER USER`);
          // The migrations seed table_counts; the source's rows replace them.
          await client.query(`DELETE FROM ${quote(table.name)}`);
          const rows = await copyTable(source, client, table, options.batchRows ?? 1000);
          await client.query(`ALTER TABLE ${quote(table.name)} ENABLE TRIGGER USER`);
          for (const column of table.columns.filter((c) => c.serial)) {
            await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quote(column.name)}) FROM ${quote(table.name)}), 0) + 1, false)`, [table.name, column.name]);
          }
          copied.push({ name: table.name, rows });
          options.onTable?.({ name: table.name, rows });
        }
        const problems = await verify(source, client, tables);
        if (problems.length > 0) {
          await client.query('ROLLBACK');
          return { ok: false, code: 'verify_failed', message: `The copy did not match, so nothing was kept in PostgreSQL:\n  ${problems.join('\n  ')}` };
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        return { ok: false, code: 'copy_failed', message: `${(error as Error).message}. Nothing was kept in PostgreSQL.` };
      }
      return { ok: true, tables: copied, migrationsApplied, ms: Date.now() - started };
    } finally {
      client.release();
    }
  } finally {
    source.close();
    await db?.$client.end();
  }
}

function migrationCount(source: Database.Database): number {
  const exists = source.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
  return exists ? (source.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) : 0;
}

/** The target's tables holding anything (the migrations' zero customer count aside). */
async function nonEmptyTables(client: pg.PoolClient): Promise<string[]> {
  const names = (await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`)).rows.map((r) => r.table_name);
  const filled: string[] = [];
  for (const name of names) {
    const condition = name === 'table_counts' ? ' WHERE rows <> 0' : '';
    if ((await client.query(`SELECT 1 FROM ${quote(name)}${condition} LIMIT 1`)).rowCount) filled.push(name);
  }
  return filled;
}

async function copyTable(source: Database.Database, client: pg.PoolClient, table: TablePair, batchRows: number): Promise<number> {
  const width = table.columns.length;
  const perInsert = Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMETERS / width)));
  const names = table.columns.map((c) => quote(c.name)).join(', ');
  const statement = (rows: number) =>
    `INSERT INTO ${quote(table.name)} (${names}) VALUES ${Array.from({ length: rows }, (_, r) => `(${table.columns.map((_, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ')}`;
  const full = statement(perInsert);
  let batch: unknown[] = [];
  let rows = 0;
  const flush = async () => {
    const count = batch.length / width;
    if (count === 0) return;
    await client.query(count === perInsert ? full : statement(count), batch);
    rows += count;
    batch = [];
  };
  const select = source.prepare(`SELECT ${names} FROM ${quote(table.name)}`).raw();
  try {
    for (const row of select.iterate() as IterableIterator<unknown[]>) {
      for (let c = 0; c < width; c++) batch.push(table.columns[c]!.convert(row[c]));
      if (batch.length === perInsert * width) await flush();
    }
    await flush();
  } catch (error) {
    throw new Error(`Copying ${table.name} failed after ${rows.toLocaleString('en-US')} rows: ${(error as Error).message}`, { cause: error });
  }
  return rows;
}

/** Rows per table, and the sum of every number column of the small aggregate tables, on both sides; then the aggregate checks. */
async function verify(source: Database.Database, client: pg.PoolClient, tables: TablePair[]): Promise<string[]> {
  const problems: string[] = [];
  const aggregates = new Set(['order_days', 'nps_days', 'run_counts', 'step_counts', 'segment_counts', 'table_counts', 'run_rollups', 'step_rollups']);
  for (const table of tables) {
    const sums = aggregates.has(table.name) ? table.columns.filter((c) => c.numeric) : [];
    const select = `SELECT count(*)${sums.map((c) => `, COALESCE(sum(${quote(c.name)}), 0)`).join('')} FROM ${quote(table.name)}`;
    const expected = source.prepare(select).raw().get() as number[];
    const actual = (await client.query({ text: select, rowMode: 'array' })).rows[0] as number[];
    if (Number(expected[0]) !== Number(actual[0])) problems.push(`${table.name}: ${expected[0]} rows in SQLite, ${actual[0]} in PostgreSQL`);
    sums.forEach((column, i) => {
      const a = Number(expected[i + 1]);
      const b = Number(actual[i + 1]);
      if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a))) problems.push(`${table.name}.${column.name}: sums to ${a} in SQLite, ${b} in PostgreSQL`);
    });
  }
  for (const check of AGGREGATE_CHECKS) {
    const { rowCount } = await client.query(`${check.sql} LIMIT 1`);
    if (rowCount) problems.push(`${check.name} does not agree with the rows it counts (it did not on SQLite either: the rows were copied as they are)`);
  }
  return problems;
}
