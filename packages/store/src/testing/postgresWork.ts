import { readFileSync } from 'node:fs';
import pg from 'pg';

/** The work a PostgreSQL database has done so far: what a benchmark subtracts before from after. */
export interface PostgresWork {
  /** CPU time (user + system) of the cluster's processes (backends, WAL writer, checkpointer, …), those that have exited included, in ms. */
  cpuMs: number;
  /** Transactions committed in the database (`pg_stat_database.xact_commit`). */
  commits: number;
}

/**
 * CPU time (user + system) a process of this machine has used, in ms (10 ms ticks); with
 * `thread`, that thread's alone (`process.pid` twice: this process's main thread). 0 once it
 * has exited, and where /proc is not there.
 */
export function processCpuMs(pid: number, thread?: number): number {
  const fields = statFields(pid, thread);
  return fields === undefined ? 0 : ticksMs(fields[11], fields[12]);
}

/** /proc/<pid>/stat (or a thread's) after the command's closing parenthesis: the 3rd field of the line (state) is [0]; undefined once the process has exited. */
function statFields(pid: number, thread?: number): string[] | undefined {
  try {
    return readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8').split(') ').pop()!.split(' ');
  } catch {
    return undefined;
  }
}

const ticksMs = (...ticks: (string | undefined)[]): number => (ticks.reduce((sum, t) => sum + Number(t ?? 0), 0) * 1000) / CLOCK_TICKS_PER_SECOND;

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times: 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * The CPU used so far by the processes of the cluster at `url` (read from /proc, so the cluster
 * must run on this machine): the postmaster's own and that of its children, the exited ones
 * (a backend whose connection closed) counted by the postmaster's reaped-children times; and
 * the transactions committed in its database, read-only ones included. Statistics are
 * flushed by each backend at the end of its transactions, at most once a second, so a reading
 * right after a burst may be up to a second behind.
 */
export async function postgresWork(url: string): Promise<PostgresWork> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const self = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const pids = (await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()')).rows.map((r) => r.pid);
    const commits = (await client.query<{ commits: string }>('SELECT xact_commit AS commits FROM pg_stat_database WHERE datname = current_database()')).rows[0]?.commits;
    // The postmaster (this backend's parent): utime, stime, and its reaped children's cutime, cstime.
    const postmaster = statFields(Number(statFields(self)?.[1]));
    const reaped = postmaster === undefined ? 0 : ticksMs(postmaster[11], postmaster[12], postmaster[13], postmaster[14]);
    return { cpuMs: reaped + pids.reduce((sum, pid) => sum + processCpuMs(pid), 0), commits: Number(commits ?? 0) };
  } finally {
    await client.end();
  }
}

/** One statement's share of a database's work (`pg_stat_statements`). */
export interface StatementWork {
  query: string;
  calls: number;
  totalMs: number;
  rows: number;
}

/**
 * The cluster's statements by the time they took since the last call (`pg_stat_statements`,
 * which the cluster must preload: `settings: ['shared_preload_libraries=pg_stat_statements']`),
 * most first, and starts counting again. The first call only starts counting.
 */
export async function statementWork(adminUrl: string, top = 15): Promise<StatementWork[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const { rows } = await client.query<{ query: string; calls: string; total: number; rows: string }>(
      'SELECT query, calls, total_exec_time AS total, rows FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT $1',
      [top],
    );
    await client.query('SELECT pg_stat_statements_reset()');
    return rows.map((r) => ({ query: r.query, calls: Number(r.calls), totalMs: r.total, rows: Number(r.rows) }));
  } finally {
    await client.end();
  }
}
