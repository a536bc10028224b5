import { backupSqlite, redactUrl } from '@stayflow/store';
import { resolve } from 'node:path';
import { dataFile } from '../dataFile.ts';
import type { CommandIO } from '../io.ts';

export const backupUsage = `Usage: stayflow backup --out FILE [--force] [--data DIR]

Copies the server's database to FILE while the server runs: the copy holds every
change committed before the backup started, events, runs, waits and pending
deliveries included. The copy is checked before it gets its name.

  --out FILE   where to write the copy (refused if it exists)
  --force      replace FILE if it exists
  --data DIR   the server's data folder (default: STAYFLOW_DATA, else ./data),
               holding stayflow.db

To restore: stop the server, replace stayflow.db in the data folder with the copy,
delete stayflow.db-wal and stayflow.db-shm if present, start the server.

On PostgreSQL (STAYFLOW_DATABASE_URL set) this command copies nothing: back the database
up with PostgreSQL's own pg_dump, which takes a consistent copy while servers run.`;

export interface BackupCommandOptions {
  out?: string;
  force?: boolean;
  data?: string;
}

export interface BackupDeps {
  /** STAYFLOW_DATA, and INIT_CWD (where `pnpm` was run: relative paths mean that folder). */
  env: NodeJS.ProcessEnv;
  /** Wall-clock milliseconds. */
  now: () => number;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 2 : 1)} MB`;
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** `stayflow backup --out FILE`: a consistent copy of the server's database, taken online. */
export async function backupCommand(options: BackupCommandOptions, io: CommandIO, deps: BackupDeps): Promise<number> {
  if (!options.out) {
    io.err.write(`Say where to write the copy: --out FILE (e.g. --out backups/stayflow-2026-03-01.db).\n\n${backupUsage}\n`);
    return 2;
  }
  const databaseUrl = deps.env.STAYFLOW_DATABASE_URL?.trim();
  if (databaseUrl && options.data === undefined) {
    const url = redactUrl(databaseUrl);
    io.err.write(
      `The server's data is in PostgreSQL at ${url} (STAYFLOW_DATABASE_URL), which this command does not copy. Back it up with pg_dump, consistent while servers run:\n` +
        `  pg_dump --format=custom --file ${options.out} '${url}'\n` +
        `Restore into a new, empty database with servers stopped: createdb -O stayflow stayflow_restored && pg_restore --no-owner --dbname 'postgres://…/stayflow_restored' ${options.out}\n` +
        `(--data DIR backs up a SQLite data folder instead.)\n`,
    );
    return 2;
  }
  const source = dataFile(options.data, io, deps.env);
  const target = resolve(deps.env.INIT_CWD ?? io.cwd, options.out);
  if (target === source) {
    io.err.write(`--out names the database itself (${source}); write the copy somewhere else.\n`);
    return 2;
  }
  const result = backupSqlite(source, target, { overwrite: options.force === true, now: deps.now });
  if (!result.ok) {
    const hint = {
      source_missing: ` Pass the server's data folder with --data DIR (or STAYFLOW_DATA).`,
      target_exists: ' Choose another file, or pass --force to replace it.',
      target_folder_missing: ' Create it first, or choose another place.',
      copy_failed: ' Nothing was written.',
    }[result.code];
    io.err.write(`Backup failed: ${result.message}${hint}\n`);
    return 1;
  }
  const seconds = ((result.finishedAt - result.startedAt) / 1000).toFixed(1);
  io.out.write(
    `Backed up ${source}\n` +
      `       to ${result.target}\n` +
      `  ${megabytes(result.bytes)} (${result.bytes.toLocaleString('en-US')} bytes), ${plural(result.customers, 'customer')}, ${plural(result.events, 'event')}; integrity check ok\n` +
      `  as of ${new Date(result.startedAt).toISOString()}, took ${seconds} s\n`,
  );
  return 0;
}
