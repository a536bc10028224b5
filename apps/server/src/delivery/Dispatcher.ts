import type { OutboxRecord, Store } from '@stayflow/store';
import { permanent, retryable, type ChannelAdapter, type DeliveryResult } from './ChannelAdapter.ts';
import { DEFAULT_BACKOFF, retryDelay, type Backoff } from './retryDelay.ts';

export type DeliveryChannel = 'email' | 'sms' | 'push' | 'webhook';
export type ChannelAdapters = Partial<Record<DeliveryChannel, ChannelAdapter>>;

export interface DispatcherLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface DispatcherOptions {
  store: Pick<Store, 'outbox' | 'customers' | 'wakeUp'>;
  adapters: ChannelAdapters;
  /** The wall clock (epoch ms): when attempts happen and retries fall due. */
  wallNow: () => number;
  /** The runtime clock (manual in tests): a message's `sentAt`, in the business's time. */
  runtimeNow: () => number;
  backoff?: Partial<Backoff>;
  /** Deliveries in flight at once. */
  concurrency?: number;
  /** Rows fetched per query. */
  batchSize?: number;
  log?: DispatcherLog;
}

/** setTimeout's longest delay; a later retry is slept towards in steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** When the store itself fails (not a delivery), wait this long before trying again. */
const STORE_ERROR_DELAY_MS = 5_000;
const MAX_DETAIL = 500;

const CHANNELS: ReadonlySet<string> = new Set<DeliveryChannel>(['email', 'sms', 'push', 'webhook']);

const silent: DispatcherLog = { info: () => undefined, warn: () => undefined };

/**
 * Delivers outbox rows through channel adapters (docs/architecture.md, "How a playbook runs",
 * step 4). A row is marked delivered only after its adapter reported success, so a
 * crash between the two means one more attempt carrying the same idempotency key:
 * at-least-once sending, exactly-once for a receiver that honours the key.
 *
 * One pass runs at a time, and each row is claimed (leased to this process, store README
 * "Leases") before it is attempted, so a row is never being delivered twice at once, by this
 * process or another. Between passes the dispatcher sleeps until the next attempt falls due,
 * the store's wake-up (topic `outbox`, from any process) or `kick()` comes, or, with several
 * processes, the wake-up's `pollMs` has passed.
 */
export class Dispatcher {
  private readonly store: Pick<Store, 'outbox' | 'customers' | 'wakeUp'>;
  private readonly adapters: ChannelAdapters;
  private readonly wallNow: () => number;
  private readonly runtimeNow: () => number;
  private readonly backoff: Backoff;
  private readonly concurrency: number;
  private readonly batchSize: number;
  private readonly log: DispatcherLog;

  private running = false;
  private unsubscribe: (() => void) | undefined;
  /** Set by stop(): workers take no new rows, passes end after the deliveries in flight. */
  private halting = false;
  private timer: NodeJS.Timeout | undefined;
  /** The background cycle (pass, then sleep) in progress, if any. */
  private cycling: Promise<void> | undefined;
  /** A kick arrived while a cycle was running: run another pass before sleeping. */
  private kicked = false;
  /** Serialises passes, whether started by the loop or by drain(). */
  private passes: Promise<void> = Promise.resolve();

  constructor(options: DispatcherOptions) {
    this.store = options.store;
    this.adapters = options.adapters;
    this.wallNow = options.wallNow;
    this.runtimeNow = options.runtimeNow;
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.batchSize = Math.max(1, options.batchSize ?? 50);
    this.log = options.log ?? silent;
  }

  /** Starts delivering in the background: everything due now, then whatever falls due. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe ??= this.store.wakeUp.on('outbox', () => this.kick());
    this.wake();
  }

  /** Something new was enqueued: look now rather than at the next scheduled attempt. */
  kick(): void {
    if (this.running) this.wake();
  }

  /** Lets the deliveries in flight finish and be recorded, then stops; rows not yet started stay pending. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.halting = true;
    this.clearTimer();
    try {
      await this.cycling;
      await this.passes;
    } finally {
      this.halting = false;
    }
  }

  /** Delivers everything due now and resolves once it is recorded (tests, the manual clock). */
  async drain(): Promise<void> {
    await this.exclusive(() => this.pass());
  }

  private wake(): void {
    this.clearTimer();
    if (this.cycling) {
      this.kicked = true;
      return;
    }
    this.cycling = this.cycle().finally(() => {
      this.cycling = undefined;
      if (this.kicked && this.running) this.wake();
    });
  }

  private async cycle(): Promise<void> {
    for (;;) {
      this.kicked = false;
      let delay: number | undefined;
      const pollMs = this.store.wakeUp.pollMs;
      try {
        const passedAt = this.wallNow();
        await this.exclusive(() => this.pass());
        const next = await this.store.outbox.nextAttempt();
        // Still due after the pass: another process holds it; look again at the next poll rather than at once.
        delay = next === undefined || (next <= passedAt && Number.isFinite(pollMs)) ? undefined : Math.max(0, next - this.wallNow());
        if (Number.isFinite(pollMs)) delay = Math.min(delay ?? pollMs, pollMs);
      } catch (error) {
        this.log.warn({ err: error }, 'delivery: the outbox could not be read or updated; trying again shortly');
        delay = STORE_ERROR_DELAY_MS;
      }
      if (!this.running) return;
      if (this.kicked) continue;
      // Nothing pending: sleep until kicked.
      if (delay === undefined) return;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.wake();
      }, Math.min(delay, MAX_TIMEOUT_MS));
      this.timer.unref();
      return;
    }
  }

  private exclusive(work: () => Promise<void>): Promise<void> {
    const run = this.passes.then(work);
    this.passes = run.catch(() => undefined);
    return run;
  }

  /** Delivers due rows batch by batch until none is left (or stop() was called). */
  private async pass(): Promise<void> {
    while (!this.halting) {
      const rows = await this.store.outbox.claimDue(this.wallNow(), this.batchSize);
      if (rows.length === 0) return;
      await this.deliverBatch(rows);
      if (rows.length < this.batchSize) return;
    }
  }

  /** At most `concurrency` deliveries at once; a failure to record is rethrown once all workers are done. */
  private async deliverBatch(rows: readonly OutboxRecord[]): Promise<void> {
    let next = 0;
    let failure: unknown;
    const worker = async () => {
      while (!this.halting && failure === undefined && next < rows.length) {
        const row = rows[next++]!;
        try {
          await this.deliverOne(row);
        } catch (error) {
          failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, rows.length) }, worker));
    if (failure !== undefined) throw failure;
  }

  private async deliverOne(row: OutboxRecord): Promise<void> {
    const channel = row.kind === 'webhook' ? 'webhook' : typeof row.payload.channel === 'string' ? row.payload.channel : 'unknown';
    // The batch was read a while ago: a row erased with its customer since then is not sent.
    if ((await this.store.outbox.get(row.key))?.status !== 'pending') return;
    const result = await this.attempt(row, channel);
    const at = this.wallNow();
    const delay = result.ok || !result.retry ? null : retryDelay(row.key, row.attempts, this.backoff);
    const detail = (result.detail || (result.ok ? 'delivered' : 'failed')).slice(0, MAX_DETAIL);
    const retryAt = delay === null ? null : at + delay;
    if (!(await this.store.outbox.recordAttempt(row.key, { at, ok: result.ok, detail, retryAt, sentAt: this.runtimeNow() }))) {
      // Erased while the attempt was in flight: nothing is left to record, and the key would name the customer.
      this.log.info({ channel, ok: result.ok }, 'delivery: the customer was erased while this delivery was in flight; nothing recorded');
      return;
    }

    const fields = { key: row.key, channel, attempt: row.attempts + 1, detail };
    if (result.ok) this.log.info(fields, 'delivery: delivered');
    else if (retryAt !== null) this.log.warn({ ...fields, retryAt: new Date(retryAt).toISOString() }, 'delivery: failed, will retry');
    else this.log.warn(fields, result.retry ? 'delivery: failed, giving up after the last attempt' : 'delivery: failed permanently');
  }

  private async attempt(row: OutboxRecord, channel: string): Promise<DeliveryResult> {
    const adapter = CHANNELS.has(channel) ? this.adapters[channel as DeliveryChannel] : undefined;
    if (!adapter) return permanent(`channel not configured (${channel})`);
    try {
      const customer = await this.store.customers.get(row.customerId);
      return await adapter.deliver(row, customer ? { id: customer.id, attributes: customer.attributes } : undefined);
    } catch (error) {
      // An adapter bug or a lost database connection must not stop the loop: try again later.
      return retryable(error instanceof Error && error.message ? error.message : `adapter failed: ${String(error)}`);
    }
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
