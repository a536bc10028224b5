import type { Runtime } from './Runtime.ts';

const MAX_SLEEP_MS = 2 ** 31 - 1;
const RETRY_AFTER_FAILURE_MS = 5_000;

export interface SchedulerLog {
  error(object: object, message: string): void;
}

/**
 * Fires timers with the real clock: sleeps until the earliest due timer or customer
 * `next_flip_at`, fires everything due, and sleeps again. The store's wake-up (topic
 * `timers`, from any process) or `wake()` re-arms it after a commit may have set an earlier
 * timer. Overdue timers fire as soon as it starts. With several processes (PostgreSQL) it
 * also looks every `pollMs` of the wake-up: a signal may be lost, and work another process
 * held is taken over once its lease ends (store README, "Leases").
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly runtime: Runtime,
    private readonly log: SchedulerLog,
  ) {}

  start(): void {
    this.stopped = false;
    this.unsubscribe ??= this.runtime.store.wakeUp.on('timers', () => this.wake());
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.cycle().finally(() => {
      this.running = undefined;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.timer);
    await this.running;
  }

  private async cycle(): Promise<void> {
    clearTimeout(this.timer);
    let delay: number;
    const pollMs = this.runtime.store.wakeUp.pollMs;
    try {
      let firedUpTo: number;
      do {
        this.again = false;
        firedUpTo = this.runtime.clock.now();
        await this.runtime.fireDue(firedUpTo);
      } while (this.again && !this.stopped);
      const [timer, flip] = await Promise.all([this.runtime.store.timers.nextDue(), this.runtime.store.customers.nextFlipAt()]);
      const next = timer === undefined ? flip : flip === undefined ? timer : Math.min(timer, flip);
      // Still due after firing: another process holds it; look again at the next poll rather than at once.
      const heldElsewhere = next !== undefined && next <= firedUpTo && Number.isFinite(pollMs);
      delay = next === undefined || heldElsewhere ? MAX_SLEEP_MS : Math.min(MAX_SLEEP_MS, Math.max(0, next - this.runtime.clock.now()));
      delay = Math.min(delay, pollMs);
    } catch (error) {
      this.log.error({ err: error }, 'firing timers failed; retrying shortly');
      delay = RETRY_AFTER_FAILURE_MS;
    }
    if (!this.stopped) {
      this.plannedAt = this.runtime.clock.now() + delay;
      this.timer = setTimeout(() => this.wake(), delay);
    }
  }

  /** When the next cycle is planned (the clock's time). */
  private plannedAt = Number.POSITIVE_INFINITY;

  /**
   * A commit set a customer's `next_flip_at` to `at`: wakes now to sleep until then if that is
   * before the planned wake-up. A cycle under way reads the earliest instant when it ends.
   */
  wakeBy(at: number): void {
    if (this.running === undefined && at < this.plannedAt) this.wake();
  }
}
