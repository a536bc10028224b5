import type { AdvanceItem, AdvanceOptions, AdvanceOutcome, Reactor, Store } from '../Store.ts';
import { LocalWakeUp } from '../lease/LocalWakeUp.ts';
import { leaseOwner } from '../lease/leaseOwner.ts';
import { Checkpointer, type WriteGuard } from './Checkpointer.ts';
import { openSqlite } from './openSqlite.ts';
import { SqliteActivity } from './SqliteActivity.ts';
import { SqliteAdvance } from './SqliteAdvance.ts';
import { SqliteApiKeys } from './SqliteApiKeys.ts';
import { SqliteApprovals } from './SqliteApprovals.ts';
import { SqliteAudit } from './SqliteAudit.ts';
import { SqliteCustomers } from './SqliteCustomers.ts';
import { SqliteJobs } from './SqliteJobs.ts';
import { SqliteIdempotency } from './SqliteIdempotency.ts';
import { SqliteModels } from './SqliteModels.ts';
import { SqliteOutbox } from './SqliteOutbox.ts';
import { SqlitePeople } from './SqlitePeople.ts';
import { SqlitePlaybooks } from './SqlitePlaybooks.ts';
import { SqliteRetention } from './SqliteRetention.ts';
import { SqliteSegments } from './SqliteSegments.ts';
import { SqliteSessions } from './SqliteSessions.ts';
import { SqliteSettings } from './SqliteSettings.ts';
import { SqliteTimers } from './SqliteTimers.ts';

/**
 * The methods of each repository that write (take SQLite's write lock). With a checkpointer,
 * each passes its gate like `advance`: a checkpoint that resets the log never makes one wait
 * in SQLite's busy handler, which would stop the event loop (an audit row of an ingest
 * request waited 40–60 ms so while loading). Reads never wait for a checkpoint and are left
 * alone. A write missing here still works, waiting in the busy handler as before.
 */
export const SQLITE_WRITES = {
  playbooks: ['create', 'saveDraft', 'publish', 'setStatus', 'remove'],
  segments: ['put', 'remove', 'recount'],
  customers: ['erase'],
  activity: ['setTaskStatus'],
  timers: ['claimDue', 'put', 'putMany', 'remove', 'removeWhere'],
  outbox: ['claimDue', 'recordAttempt'],
  apiKeys: ['add', 'touch', 'remove'],
  people: ['add', 'update', 'remove'],
  sessions: ['add', 'touch', 'remove', 'removeForPerson', 'removeExpired'],
  settings: ['set', 'setIfAbsent'],
  // `append` passes the gate inside, for each group of rows (SqliteAudit).
  audit: ['prune'],
  approvals: ['request', 'decide', 'setVersion'],
  retention: ['prune'],
  jobs: ['create', 'claim', 'saveProgress', 'finish', 'cancel', 'removeFinished'],
  models: ['saveFit'],
  idempotency: ['claim', 'complete', 'release', 'prune'],
} as const satisfies { [K in keyof Store]?: readonly (keyof Store[K])[] };

/** Routes the `writes` of a repository through `guard` (see SQLITE_WRITES). */
export function gated<T extends object>(repository: T, writes: readonly (keyof T)[], guard: WriteGuard): T {
  for (const name of writes) {
    const write = repository[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(repository, name, { value: (...args: unknown[]) => guard(() => write.apply(repository, args)) });
  }
  return repository;
}

/** The embedded store: one SQLite file (or ':memory:'), created and migrated on open. */
export function openSqliteStore(file: string): Store {
  const onDisk = file !== ':memory:';
  const db = openSqlite(file, { checkpointInBackground: onDisk });
  const checkpointer = onDisk ? new Checkpointer(file) : undefined;
  // Every write passes the checkpointer's gate (SQLITE_WRITES, SqliteAudit's batched rows, `advance`); in memory there is none.
  const guard: WriteGuard = checkpointer === undefined ? async (write) => write() : (write) => checkpointer.whileWriting(write);
  const advance = new SqliteAdvance(db);
  const w = SQLITE_WRITES;
  return {
    playbooks: gated(new SqlitePlaybooks(db), w.playbooks, guard),
    segments: gated(new SqliteSegments(db), w.segments, guard),
    customers: gated(new SqliteCustomers(db), w.customers, guard),
    activity: gated(new SqliteActivity(db), w.activity, guard),
    timers: gated(new SqliteTimers(db), w.timers, guard),
    outbox: gated(new SqliteOutbox(db), w.outbox, guard),
    apiKeys: gated(new SqliteApiKeys(db), w.apiKeys, guard),
    people: gated(new SqlitePeople(db), w.people, guard),
    sessions: gated(new SqliteSessions(db), w.sessions, guard),
    settings: gated(new SqliteSettings(db), w.settings, guard),
    audit: gated(new SqliteAudit(db, guard), w.audit, guard),
    approvals: gated(new SqliteApprovals(db), w.approvals, guard),
    retention: gated(new SqliteRetention(db), w.retention, guard),
    jobs: gated(new SqliteJobs(db), w.jobs, guard),
    models: gated(new SqliteModels(db), w.models, guard),
    idempotency: gated(new SqliteIdempotency(db), w.idempotency, guard),
    // One process per file: nothing is leased, and a wake-up stays in this process.
    leases: { owner: leaseOwner(), ttlMs: Number.POSITIVE_INFINITY, release: async () => 0 },
    wakeUp: new LocalWakeUp(),
    async advance(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): Promise<AdvanceOutcome> {
      return guard(() => advance.run(items, reactor, options));
    },
    async close() {
      if (db.$client.open) db.$client.close();
      await checkpointer?.stop();
    },
  };
}
