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
 * and every move is persisted so a restart resumes at the same instant.
 */
export class ManualClock implements Clock {
  constructor(
    private current: number,
    private readonly persist: (now: number) => Promise<void>,
  ) {}

  now(): number {
    return this.current;
  }

  async set(now: number): Promise<void> {
    if (now < this.current) throw new Error('the testing clock cannot go back in time');
    this.current = now;
    await this.persist(now);
  }
}
