import type { LeaseRepository } from '../Store.ts';
import type { PgDb } from './openPg.ts';

/** A claim's instants: now and when it ends (wall-clock milliseconds). */
export interface LeaseTerms {
  owner: string;
  now: number;
  until: number;
}

/**
 * This process's leases over PostgreSQL (store README, "Leases"). The repositories claim
 * rows with `terms()`; `release` gives back every claim still held, for a graceful shutdown.
 * Customers claimed for a re-check are remembered here until their lease ends, so releasing
 * them reads those rows only, not the whole table.
 */
export class PgLeases implements LeaseRepository {
  private readonly customers = new Map<string, number>();

  constructor(
    private readonly db: PgDb,
    readonly owner: string,
    readonly ttlMs: number,
  ) {}

  terms(): LeaseTerms {
    const now = Date.now();
    return { owner: this.owner, now, until: now + this.ttlMs };
  }

  /** Remembers customers claimed until `until` (forgetting those whose lease has ended). */
  claimedCustomers(ids: readonly string[], until: number): void {
    const now = Date.now();
    for (const [id, end] of this.customers) if (end < now) this.customers.delete(id);
    for (const id of ids) this.customers.set(id, until);
  }

  async release(): Promise<number> {
    const client = this.db.$client;
    const owner = this.owner;
    let released = 0;
    const count = async (text: string, values: unknown[]) => (released += (await client.query(text, values)).rowCount ?? 0);
    await count(`UPDATE timers SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1`, [owner]);
    await count(`UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE status = 'pending' AND lease_owner = $1`, [owner]);
    await count(`UPDATE jobs SET lease_owner = NULL, lease_until = NULL WHERE status IN ('queued', 'running') AND lease_owner = $1`, [owner]);
    const ids = [...this.customers.keys()];
    this.customers.clear();
    if (ids.length > 0) await count(`UPDATE customers SET lease_owner = NULL, lease_until = NULL WHERE id = ANY($1::text[]) AND lease_owner = $2`, [ids, owner]);
    return released;
  }
}
