/** Where the runtime reads time. The engine never does: it is handed `now`. */
export interface Clock {
  now(): number;
}

export class RealClock implements Clock {
  now(): number {
    return Date.now();
  }
}

/**
 * The testing clock (api-v1 "Testing clock"): it moves only when told, never backwards,
 * and every move is persisted so a restart resumes at the same instant. Processes sharing a
 * database share it: `load` reads the persisted time, and `refresh` (before each request)
 * and `set` catch up with a move another process made.
 */
export class ManualClock implements Clock {
  constructor(
    private current: number,
    private readonly persist: (now: number) => Promise<void>,
    private readonly load?: () => Promise<unknown>,
  ) {}

  now(): number {
    return this.current;
  }

  /** Whether other processes may move this clock (it then has a `load`): each request first catches up with them. */
  get shared(): boolean {
    return this.load !== undefined;
  }

  /** Catches up with the persisted time when another process moved it further; never goes back. */
  async refresh(): Promise<void> {
    const saved = await this.load?.();
    if (typeof saved === 'number' && saved > this.current) this.current = saved;
  }

  async set(now: number): Promise<void> {
    if (now < this.current) throw new Error('the testing clock cannot go back in time');
    await this.refresh();
    // Another process may have moved it further meanwhile: the clock stays there.
    if (now < this.current) return;
    this.current = now;
    await this.persist(now);
  }
}
