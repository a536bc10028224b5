import { copySqliteToPg, isPostgresUrl, redactUrl } from '@stayflow/store';
import { dataFile } from '../dataFile.ts';
import type { CommandIO } from '../io.ts';

export const migrateToPostgresUsage = `Usage: stayflow migrate-to-postgres --from DIR --to postgres://USER:PASSWORD@HOST:5432/DATABASE

Copies a stopped SQLite deployment into an empty PostgreSQL database: every table
(customers, events, playbooks and their versions, runs and steps, waits, outbox,
messages, coupons, tasks, segments, API keys, settings and the testing clock, jobs,
ledgers and aggregates, model fits and predictions), in one transaction, then checks
the rows of every table and the aggregates against the copied rows. If anything does
not match, nothing is kept in PostgreSQL. The SQLite file is not changed (apart from
being brought to this version's schema, as the server would on start).

  --from DIR   the server's data folder, holding stayflow.db (default: STAYFLOW_DATA,
               else ./data); stop every server using it first
  --to URL     the PostgreSQL database (default: STAYFLOW_DATABASE_URL); it must be
               empty: create it with createdb -O stayflow stayflow

Then start the server with STAYFLOW_DATABASE_URL=URL (apps/server README,
"Moving from SQLite to PostgreSQL").`;

export interface MigrateToPostgresOptions {
  from?: string;
  to?: string;
}

export interface MigrateToPostgresDeps {
  /** STAYFLOW_DATA, STAYFLOW_DATABASE_URL and INIT_CWD. */
  env: NodeJS.ProcessEnv;
}

/** `stayflow migrate-to-postgres`: a stopped SQLite deployment copied into an empty PostgreSQL database. */
export async function migrateToPostgresCommand(options: MigrateToPostgresOptions, io: CommandIO, deps: MigrateToPostgresDeps): Promise<number> {
  const url = options.to || deps.env.STAYFLOW_DATABASE_URL;
  if (!url) {
    io.err.write(`Say which PostgreSQL database to copy into: --to postgres://stayflow:PASSWORD@db.example.com:5432/stayflow.\n\n${migrateToPostgresUsage}\n`);
    return 2;
  }
  if (!isPostgresUrl(url)) {
    io.err.write(`--to must be a PostgreSQL connection string, postgres://USER:PASSWORD@HOST:5432/DATABASE, not "${redactUrl(url)}".\n`);
    return 2;
  }
  const source = dataFile(options.from, io, deps.env);
  io.out.write(`Copying ${source}\n     into ${redactUrl(url)}\n`);
  const result = await copySqliteToPg(source, url, {
    onTable: (table) => io.out.write(`  ${table.name.padEnd(22)} ${table.rows.toLocaleString('en-US').padStart(12)} rows\n`),
  });
  if (!result.ok) {
    const hint = {
      source_missing: ` Pass the server's data folder with --from DIR (or STAYFLOW_DATA).`,
      source_in_use: '',
      source_unknown_table: '',
      target_unreachable: ' Check the address, the password and that the database exists (createdb -O stayflow stayflow).',
      target_not_empty: '',
      verify_failed: '',
      copy_failed: '',
    }[result.code];
    io.err.write(`Moving over failed: ${result.message}${hint}\n`);
    return 1;
  }
  const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
  io.out.write(
    `Copied ${rows.toLocaleString('en-US')} rows in ${result.tables.length} tables in ${(result.ms / 1000).toFixed(1)} s; every table's rows and the aggregates match.\n` +
      (result.migrationsApplied > 0 ? `(${result.migrationsApplied} migration${result.migrationsApplied === 1 ? ' was' : 's were'} first applied to the SQLite file, as the server would on start.)\n` : '') +
      `Start the server with STAYFLOW_DATABASE_URL=${redactUrl(url)} (the password in place of ***); keep ${source} as the backup of the old deployment.\n`,
  );
  return 0;
}
