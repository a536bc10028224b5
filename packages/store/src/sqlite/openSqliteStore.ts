import type { AdvanceItem, AdvanceOptions, AdvanceOutcome, Reactor, Store } from '../Store.ts';
import { LocalWakeUp } from '../lease/LocalWakeUp.ts';
import { leaseOwner } from '../lease/leaseOwner.ts';
import { Checkpointer } from './Checkpointer.ts';
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

/** The embedded store: one SQLite file (or ':memory:'), created and migrated on open. */
export function openSqliteStore(file: string): Store {
  const onDisk = file !== ':memory:';
  const db = openSqlite(file, { checkpointInBackground: onDisk });
  const checkpointer = onDisk ? new Checkpointer(file) : undefined;
  const advance = new SqliteAdvance(db);
  return {
    playbooks: new SqlitePlaybooks(db),
    segments: new SqliteSegments(db),
    customers: new SqliteCustomers(db),
    activity: new SqliteActivity(db),
    timers: new SqliteTimers(db),
    outbox: new SqliteOutbox(db),
    apiKeys: new SqliteApiKeys(db),
    people: new SqlitePeople(db),
    sessions: new SqliteSessions(db),
    settings: new SqliteSettings(db),
    audit: new SqliteAudit(db),
    approvals: new SqliteApprovals(db),
    retention: new SqliteRetention(db),
    jobs: new SqliteJobs(db),
    models: new SqliteModels(db),
    idempotency: new SqliteIdempotency(db),
    // One process per file: nothing is leased, and a wake-up stays in this process.
    leases: { owner: leaseOwner(), ttlMs: Number.POSITIVE_INFINITY, release: async () => 0 },
    wakeUp: new LocalWakeUp(),
    async advance(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): Promise<AdvanceOutcome> {
      // Past the checkpointer's gate: a checkpoint that resets the WAL never makes this commit block the event loop.
      return checkpointer === undefined ? advance.run(items, reactor, options) : checkpointer.whileWriting(() => advance.run(items, reactor, options));
    },
    async close() {
      if (db.$client.open) db.$client.close();
      await checkpointer?.stop();
    },
  };
}
