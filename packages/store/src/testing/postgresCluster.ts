import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPg } from '../pg/openPg.ts';

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, started on a
 * free port with its socket in that folder, stopped (immediate mode) and deleted afterwards.
 * It runs the server binaries of Debian's `postgresql` package (/usr/lib/postgresql/<n>/bin),
 * or those of STAYFLOW_PG_BIN. PostgreSQL refuses to run as root: as root, the cluster's
 * folder is given to the `postgres` user and every binary runs through `runuser -u postgres`.
 */
export interface PostgresCluster {
  /** A connection string for a database of this cluster (default `postgres`). */
  url(database?: string): string;
  readonly port: number;
  stop(): Promise<void>;
}

export const POSTGRES_MISSING = `PostgreSQL's server binaries were not found (no /usr/lib/postgresql/<version>/bin/initdb, and STAYFLOW_PG_BIN is not set).
The store's tests run every contract test against PostgreSQL too, on a throwaway cluster they start themselves.
Install it with: apt-get install postgresql   (Debian/Ubuntu; the service itself need not run)
or point STAYFLOW_PG_BIN at a folder holding initdb, pg_ctl and postgres.`;

/** The folder of initdb and pg_ctl: STAYFLOW_PG_BIN, else the newest Debian install. */
export function postgresBin(env: NodeJS.ProcessEnv = process.env, root = '/usr/lib/postgresql'): string {
  if (env.STAYFLOW_PG_BIN) {
    if (!existsSync(join(env.STAYFLOW_PG_BIN, 'initdb'))) throw new Error(`STAYFLOW_PG_BIN is ${env.STAYFLOW_PG_BIN}, which holds no initdb.\n${POSTGRES_MISSING}`);
    return env.STAYFLOW_PG_BIN;
  }
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error(POSTGRES_MISSING);
  return join(root, versions[0]!, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export interface ClusterOptions {
  /**
   * Keep fsync and full-page writes on, as a production server would (the benchmark's figures);
   * commits still do not wait for their WAL flush (synchronous_commit=off, like SQLite's
   * synchronous=NORMAL). Off by default: the tests' clusters are thrown away.
   */
  durable?: boolean;
  /** Further server settings, `name=value` each (e.g. `shared_preload_libraries=pg_stat_statements`). */
  settings?: readonly string[];
}

export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'stayflow-pg-'));
  const asOwner = (command: string, args: string[]) => (isRoot() ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args]) as [string, string[]];
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const exec = (command: string, args: string[], what: string) => {
    const [file, argv] = asOwner(command, args);
    const result = spawnSync(file, argv, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(`Could not ${what} a test PostgreSQL cluster in ${dir} (${file} ${argv.join(' ')}):\n${result.stderr || result.stdout || result.error?.message}\n${serverLog}`);
    }
  };
  // C locale: text compares byte by byte, as on SQLite; no fsync: the cluster is thrown away.
  exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], 'create');
  const port = await freePort();
  const settings = [`-p ${port}`, `-k ${dir}`, `-c listen_addresses=127.0.0.1`, '-c synchronous_commit=off', '-c max_connections=300', ...(options.durable ? [] : ['-c fsync=off', '-c full_page_writes=off']), ...(options.settings ?? []).map((setting) => `-c ${setting}`)];
  exec('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', settings.join(' '), 'start'], 'start');
  let stopped = false;
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], 'stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The database every test database is copied from: migrated once, so a copy opens at once. */
export const TEMPLATE_DATABASE = 'stayflow_template';

/** Creates the template database and applies the migrations to it. */
export async function prepareTemplate(cluster: PostgresCluster): Promise<void> {
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const db = await openPg(cluster.url(TEMPLATE_DATABASE), { poolSize: 1 });
  await db.$client.end();
}

let created = 0;

/**
 * A new, migrated database of the cluster at `adminUrl` (copied from the template), for one
 * test or one test file: tests running in parallel never share one.
 */
export async function createTestDatabase(adminUrl: string): Promise<string> {
  const name = `stayflow_test_${process.pid}_${++created}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
