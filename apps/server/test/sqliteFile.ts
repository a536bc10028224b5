import { createRequire } from 'node:module';

/** The little of better-sqlite3 the tests use to look into a database file directly. */
interface RawDatabase {
  prepare(sql: string): { all(...params: unknown[]): Record<string, unknown>[] };
  close(): void;
}

// The driver is the store's dependency, not the server's: load it from there, like the Checkpointer does.
const Database = createRequire(new URL('../../../packages/store/package.json', import.meta.url))('better-sqlite3') as new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => RawDatabase;

/** Every row of every table of the SQLite file, by table (sqlite_master, then `SELECT *`). */
export function readEveryTable(file: string): Map<string, Record<string, unknown>[]> {
  const db = new Database(file, { fileMustExist: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
    return new Map(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).all()]));
  } finally {
    db.close();
  }
}

/** Each cell of the file (table, row, column) whose text contains one of `needles`. */
export function cellsContaining(file: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const [table, rows] of readEveryTable(file)) {
    rows.forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        const text = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
        for (const needle of needles) if (text.includes(needle)) found.push(`${table}[${i}].${column} contains "${needle}"`);
      }
    });
  }
  return found;
}

/** Per table, the rows in which some cell contains one of `needles`. */
export function rowsContaining(file: string, needles: readonly string[]): Record<string, Record<string, unknown>[]> {
  const found: Record<string, Record<string, unknown>[]> = {};
  for (const [table, rows] of readEveryTable(file)) {
    const matching = rows.filter((row) => Object.values(row).some((value) => needles.some((needle) => (Buffer.isBuffer(value) ? value.toString('utf8') : String(value)).includes(needle))));
    if (matching.length > 0) found[table] = matching;
  }
  return found;
}
