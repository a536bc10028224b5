import { join, resolve } from 'node:path';
import type { CommandIO } from './io.ts';

/**
 * The server's database file, found by the server's rule for the data folder
 * (apps/server/src/config.ts) so both open the same database: `data` (--data), else
 * STAYFLOW_DATA, else ./data — relative to INIT_CWD (where `pnpm` was run), else the
 * working folder.
 */
export function dataFile(data: string | undefined, io: CommandIO, env: NodeJS.ProcessEnv): string {
  return join(resolve(env.INIT_CWD ?? io.cwd, data || env.STAYFLOW_DATA || './data'), 'stayflow.db');
}
