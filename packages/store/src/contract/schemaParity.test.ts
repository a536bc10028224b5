import { is } from 'drizzle-orm';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pgSchema from '../schema-pg/index.ts';
import * as sqliteSchema from '../schema/index.ts';

/** Each table by name: its columns (name, not null) and its indexes (name, columns). */
function shape(tables: { name: string; columns: { name: string; notNull: boolean }[]; indexes: { config: { name?: string; columns: unknown[] } }[] }[]) {
  return Object.fromEntries(
    tables.map((t) => [
      t.name,
      {
        columns: t.columns.map((c) => `${c.name}${c.notNull ? ' not null' : ''}`).sort(),
        indexes: t.indexes.map((i) => `${i.config.name}(${i.config.columns.map((c) => (c as { name: string }).name).join(', ')})`).sort(),
      },
    ]),
  );
}

describe('the PostgreSQL schema', () => {
  it('has every table, column and index of the SQLite schema, by the same names (a change is made in both)', () => {
    const sqlite = shape((Object.values(sqliteSchema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable)).map((t) => sqliteConfig(t)));
    const pg = shape((Object.values(pgSchema) as unknown[]).filter((v): v is PgTable => is(v, PgTable)).map((t) => pgConfig(t)));
    expect(Object.keys(sqlite).length).toBeGreaterThan(20);
    expect(pg).toEqual(sqlite);
  });
});
