import { openSqliteStore, openStore, redactUrl, type Store } from '@stayflow/store';
import { existsSync } from 'node:fs';
import { dataFile } from './dataFile.ts';
import type { CommandIO } from './io.ts';

/**
 * The server's store, for commands that change it directly (`keys`, `users`): PostgreSQL when
 * STAYFLOW_DATABASE_URL is set, else the SQLite file of the data folder. `where` names it for
 * messages; null (with the reason written to `io.err`) when it cannot be opened. With
 * `mustExist`, a missing SQLite file is refused rather than created in a mistyped folder.
 */
export async function openCommandStore(
  data: string | undefined,
  io: CommandIO,
  env: NodeJS.ProcessEnv,
  { mustExist, what }: { mustExist: boolean; what: string },
): Promise<{ store: Store; where: string; code?: never } | { code: number }> {
  const databaseUrl = env.STAYFLOW_DATABASE_URL?.trim();
  if (databaseUrl && data !== undefined) {
    io.err.write(`--data names a SQLite data folder, but STAYFLOW_DATABASE_URL is set: the server keeps its ${what} in PostgreSQL at ${redactUrl(databaseUrl)}. Drop --data, or unset STAYFLOW_DATABASE_URL.\n`);
    return { code: 2 };
  }
  if (databaseUrl) {
    try {
      return { store: await openStore({ databaseUrl, pool: { poolSize: 1 } }), where: `PostgreSQL at ${redactUrl(databaseUrl)}` };
    } catch (error) {
      io.err.write(`${(error as Error).message}\n`);
      return { code: 1 };
    }
  }
  const file = dataFile(data, io, env);
  if (mustExist && !existsSync(file)) {
    io.err.write(`No Stayflow database at ${file}. Pass the server's data folder with --data DIR (or STAYFLOW_DATA).\n`);
    return { code: 1 };
  }
  return { store: openSqliteStore(file), where: file };
}
