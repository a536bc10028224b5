import pg from 'pg';
import { LocalWakeUp } from '../lease/LocalWakeUp.ts';
import type { WakeTopic, WakeUp } from '../Store.ts';
import { PG_TYPES, redactUrl } from './openPg.ts';

/** The NOTIFY channel every Stayflow process of a database listens on; the payload is the topic. */
export const WAKE_CHANNEL = 'stayflow_wake';
const TOPICS: ReadonlySet<string> = new Set<WakeTopic>(['timers', 'outbox', 'jobs', 'catalog']);
/** After the listening connection drops, connect again this much later (the polling floor covers the gap). */
const RECONNECT_MS = 1_000;

export interface PgWakeUpLog {
  warn(message: string): void;
}

/**
 * The wake-up across processes: `LISTEN stayflow_wake` on a connection of its own (outside
 * the pool), `pg_notify` through the pool. A signal reaches this process's listeners at once
 * and the other processes' through PostgreSQL (this one hears its own too: a second wake-up
 * is harmless). At most one NOTIFY per topic is in flight, so a burst of commits sends a few.
 * A dropped listening connection is opened again a second later; what was signalled
 * meanwhile is found by the consumers' polling (`pollMs`).
 */
export class PgWakeUp implements WakeUp {
  private readonly local = new LocalWakeUp();
  private readonly sending = new Set<WakeTopic>();
  private client: pg.Client | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly pool: pg.Pool,
    readonly pollMs: number,
    private readonly log: PgWakeUpLog = { warn: () => undefined },
  ) {}

  /** Opens the listening connection; fails (with the address, password hidden) when it cannot. */
  async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, types: PG_TYPES });
    client.on('notification', (message) => {
      if (message.channel === WAKE_CHANNEL && message.payload !== undefined && TOPICS.has(message.payload)) this.local.signal(message.payload as WakeTopic);
    });
    client.on('error', () => this.dropped(client));
    client.on('end', () => this.dropped(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${WAKE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw new Error(`Cannot listen for wake-ups on PostgreSQL at ${redactUrl(this.url)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (this.closed) await client.end().catch(() => undefined);
    else this.client = client;
  }

  signal(topic: WakeTopic): void {
    this.local.signal(topic);
    if (this.closed || this.sending.has(topic)) return;
    this.sending.add(topic);
    this.pool
      .query('SELECT pg_notify($1, $2)', [WAKE_CHANNEL, topic])
      .catch(() => undefined)
      .finally(() => this.sending.delete(topic));
  }

  on(topic: WakeTopic, listener: () => void): () => void {
    return this.local.on(topic, listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private dropped(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.log.warn(`the connection listening for wake-ups (LISTEN ${WAKE_CHANNEL}) dropped; connecting again in ${RECONNECT_MS} ms, and polling every ${this.pollMs} ms meanwhile`);
    this.listenLater();
  }

  private listenLater(): void {
    if (this.closed) return;
    this.reconnect = setTimeout(() => {
      this.listen().catch(() => this.listenLater());
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}
