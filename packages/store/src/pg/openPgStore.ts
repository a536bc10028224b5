import type { AdvanceItem, AdvanceOptions, AdvanceOutcome, Reactor, Store } from '../Store.ts';
import { openPg, type PgOptions } from './openPg.ts';
import { PgActivity } from './PgActivity.ts';
import { PgAdvance } from './PgAdvance.ts';
import { PgApiKeys } from './PgApiKeys.ts';
import { PgCustomers } from './PgCustomers.ts';
import { PgJobs } from './PgJobs.ts';
import { PgModels } from './PgModels.ts';
import { PgOutbox } from './PgOutbox.ts';
import { PgPlaybooks } from './PgPlaybooks.ts';
import { PgRetention } from './PgRetention.ts';
import { PgSegments } from './PgSegments.ts';
import { PgSettings } from './PgSettings.ts';
import { PgTimers } from './PgTimers.ts';
import { translatingErrors } from './UnstorableText.ts';

/** The PostgreSQL store: connects to `url` (postgres://…), migrates under an advisory lock, and implements the same Store as SQLite. */
export async function openPgStore(url: string, options: PgOptions = {}): Promise<Store> {
  const db = await openPg(url, options);
  const advance = new PgAdvance(db);
  let closed = false;
  return {
    playbooks: translatingErrors(new PgPlaybooks(db)),
    segments: translatingErrors(new PgSegments(db)),
    customers: translatingErrors(new PgCustomers(db)),
    activity: translatingErrors(new PgActivity(db)),
    timers: translatingErrors(new PgTimers(db)),
    outbox: translatingErrors(new PgOutbox(db)),
    apiKeys: translatingErrors(new PgApiKeys(db)),
    settings: translatingErrors(new PgSettings(db)),
    retention: translatingErrors(new PgRetention(db)),
    jobs: translatingErrors(new PgJobs(db)),
    models: translatingErrors(new PgModels(db)),
    async advance(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): Promise<AdvanceOutcome> {
      return advance.run(items, reactor, options);
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.$client.end();
    },
  };
}
