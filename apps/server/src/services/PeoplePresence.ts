import type { Store } from '@stayflow/store';

/**
 * Whether any person exists, which ends local mode (server README, "Accounts and sign-in").
 * Asked on every API request, so the answer is kept for up to `ttlMs`; a person created
 * through this process is noted at once (`noteCreated`), one created by another process (the
 * CLI) counts within `ttlMs`.
 */
export class PeoplePresence {
  private known: { exists: boolean; at: number } | undefined;

  constructor(
    private readonly store: Pick<Store, 'people'>,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 1000,
  ) {}

  async exists(): Promise<boolean> {
    const now = this.now();
    if (this.known && now - this.known.at < this.ttlMs) return this.known.exists;
    const exists = await this.store.people.any();
    this.known = { exists, at: now };
    return exists;
  }

  noteCreated(): void {
    this.known = { exists: true, at: this.now() };
  }

  /** Forgets the kept answer (after a person was deleted: the last one gone means local mode again on loopback). */
  forget(): void {
    this.known = undefined;
  }
}
