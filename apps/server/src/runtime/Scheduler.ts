import type { Runtime } from './Runtime.ts';

const MAX_SLEEP_MS = 2 ** 31 - 1;
const RETRY_AFTER_FAILURE_MS = 5_000;

export interface SchedulerLog {
  error(object: object, message: string): void;
}

/**
 * Fires timers with the real clock: sleeps until the earliest due timer or customer
 * `next_flip_at` (no polling),
 * fires everything due, and sleeps again. `wake()` re-arms after a commit may have set
 * an earlier timer. Overdue timers fire as soon as it starts.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly runtime: Runtime,
    private readonly log: SchedulerLog,
  ) {}

  start(): void {
    this.stopped = false;
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
    clearTimeout(this.timer);
    await this.running;
  }

  private async cycle(): Promise<void> {
    clearTimeout(this.timer);
    let delay: number;
    try {
      do {
        this.again = false;
        await this.runtime.fireDue(this.runtime.clock.now());
      } while (this.again && !this.stopped);
      const [timer, flip] = await Promise.all([this.runtime.store.timers.nextDue(), this.runtime.store.customers.nextFlipAt()]);
      const next = timer === undefined ? flip : flip === undefined ? timer : Math.min(timer, flip);
      delay = next === undefined ? MAX_SLEEP_MS : Math.min(MAX_SLEEP_MS, Math.max(0, next - this.runtime.clock.now()));
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
