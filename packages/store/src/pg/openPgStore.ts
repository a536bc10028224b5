import type { AdvanceItem, AdvanceOptions, AdvanceOutcome, Reactor, Store } from '../Store.ts';
import { leaseOwner } from '../lease/leaseOwner.ts';
import { DEFAULT_LEASE_MS, DEFAULT_POLL_MS, openPg, type PgOptions } from './openPg.ts';
import { PgActivity } from './PgActivity.ts';
import { PgAdvance } from './PgAdvance.ts';
import { PgApiKeys } from './PgApiKeys.ts';
import { PgApprovals } from './PgApprovals.ts';
import { PgAudit } from './PgAudit.ts';
import { PgCustomers } from './PgCustomers.ts';
import { PgJobs } from './PgJobs.ts';
import { PgLeases } from './PgLeases.ts';
import { PgIdempotency } from './PgIdempotency.ts';
import { PgModels } from './PgModels.ts';
import { PgOutbox } from './PgOutbox.ts';
import { PgPeople } from './PgPeople.ts';
import { PgPlaybooks } from './PgPlaybooks.ts';
import { PgRetention } from './PgRetention.ts';
import { PgSegments } from './PgSegments.ts';
import { PgSessions } from './PgSessions.ts';
import { PgSettings } from './PgSettings.ts';
import { PgTimers } from './PgTimers.ts';
import { PgWakeUp } from './PgWakeUp.ts';
import { translatingErrors } from './UnstorableText.ts';

/** The PostgreSQL store: connects to `url` (postgres://…), migrates under an advisory lock, and implements the same Store as SQLite. */
export async function openPgStore(url: string, options: PgOptions = {}): Promise<Store> {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  if (!Number.isInteger(leaseMs) || leaseMs < 100) throw new RangeError(`A lease needs a whole number of milliseconds, at least 100, not ${leaseMs}.`);
  if (!Number.isInteger(pollMs) || pollMs < 10) throw new RangeError(`The polling interval needs a whole number of milliseconds, at least 10, not ${pollMs}.`);
  const db = await openPg(url, options);
  const wakeUp = new PgWakeUp(url, db.$client, pollMs);
  try {
    await wakeUp.listen();
  } catch (error) {
    await db.$client.end();
    throw error;
  }
  const leases = new PgLeases(db, leaseOwner(), leaseMs);
  const advance = new PgAdvance(db);
  let closed = false;
  return {
    playbooks: translatingErrors(new PgPlaybooks(db)),
    segments: translatingErrors(new PgSegments(db)),
    customers: translatingErrors(new PgCustomers(db, leases)),
    activity: translatingErrors(new PgActivity(db)),
    timers: translatingErrors(new PgTimers(db, leases)),
    outbox: translatingErrors(new PgOutbox(db, leases)),
    apiKeys: translatingErrors(new PgApiKeys(db)),
    people: translatingErrors(new PgPeople(db)),
    sessions: translatingErrors(new PgSessions(db)),
    settings: translatingErrors(new PgSettings(db)),
    audit: translatingErrors(new PgAudit(db)),
    approvals: translatingErrors(new PgApprovals(db)),
    retention: translatingErrors(new PgRetention(db)),
    jobs: translatingErrors(new PgJobs(db, leases)),
    models: translatingErrors(new PgModels(db)),
    idempotency: translatingErrors(new PgIdempotency(db)),
    leases: translatingErrors(leases),
    wakeUp,
    async advance(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): Promise<AdvanceOutcome> {
      return advance.run(items, reactor, options);
    },
    async close() {
      if (closed) return;
      closed = true;
      await wakeUp.close();
      await db.$client.end();
    },
  };
}
