import { openStore, type Store } from '@stayflow/store';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { readSessionIdle } from './services/sessionPolicy.ts';
import { channelsFromEnv, resolveWebhookSecret } from './delivery/channelsFromEnv.ts';
import { Dispatcher } from './delivery/Dispatcher.ts';
import { exchangeRatesFromEnv } from './routes/exchangeRates.ts';
import { ModelFitter } from './predictions/ModelFitter.ts';
import { bootstrap } from './runtime/bootstrap.ts';
import { Catalog } from './runtime/Catalog.ts';
import { ManualClock, RealClock } from './runtime/Clock.ts';
import { DEFAULT_ANSWER_WAIT_MS, JobRunner } from './runtime/JobRunner.ts';
import { Pruner } from './runtime/Pruner.ts';
import { DEFAULT_RETENTION, type RetentionPolicy } from './runtime/retentionPolicy.ts';
import { Runtime } from './runtime/Runtime.ts';
import { Scheduler } from './runtime/Scheduler.ts';
import { SegmentRecounter } from './runtime/SegmentRecounter.ts';
import { PlaybookService } from './services/playbookService.ts';
import { PreviewRunner } from './services/preview/PreviewRunner.ts';

export interface ServiceOptions {
  /** The SQLite file, or ':memory:'; unused when `databaseUrl` is given. */
  dataFile: string;
  /** A PostgreSQL database (STAYFLOW_DATABASE_URL) instead of the SQLite file. */
  databaseUrl?: string;
  /** PostgreSQL connections of this process (STAYFLOW_DB_POOL); the store's default when absent. */
  dbPool?: number;
  /** How long a claim on shared work lasts (STAYFLOW_LEASE_MS, PostgreSQL); the store's default (30 s) when absent. */
  leaseMs?: number;
  /** How often the scheduler, dispatcher and job runner look for work besides the wake-ups (STAYFLOW_POLL_MS, PostgreSQL); the store's default (5 s) when absent. */
  pollMs?: number;
  clock: { mode: 'real' } | { mode: 'manual'; start: number | undefined };
  requireApiKeys: boolean;
  /** Channel settings (STAYFLOW_SMTP_URL, …). */
  env: NodeJS.ProcessEnv;
  /** Demo customers to load on first start; 0 for none. */
  demoCustomers: number;
  sweepEveryMs: number;
  /** How long records are kept (STAYFLOW_RETAIN_*_DAYS); the defaults when absent. */
  retention?: RetentionPolicy;
  /** Customers per slice of a background job (STAYFLOW_JOB_SLICE); the JobRunner's default when absent. */
  jobSliceSize?: number;
  /** How long publishing waits for its job before answering with it: 1 s with the real clock, until done with the testing clock, unless given. */
  jobAnswerWaitMs?: number;
  logger?: boolean | object;
  logRequests?: boolean;
  webRoot?: string;
}

export interface Service {
  app: FastifyInstance;
  store: Store;
  channels: ReturnType<typeof channelsFromEnv>;
  /** Fires overdue timers, starts the scheduler (real clock) and the dispatcher. */
  start(): Promise<void>;
  /** Stops taking work, lets in-flight work finish, closes the database. */
  stop(): Promise<void>;
}

/** Wires store, clock, engine runtime, scheduler, dispatcher and HTTP app; `main.ts` and the tests both use it. */
export async function createService(options: ServiceOptions): Promise<Service> {
  const store = await openStore(
    options.databaseUrl !== undefined
      ? {
          databaseUrl: options.databaseUrl,
          pool: {
            ...(options.dbPool !== undefined ? { poolSize: options.dbPool } : {}),
            ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
            ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
          },
        }
      : { dataFile: options.dataFile },
  );

  let clock: RealClock | ManualClock = new RealClock();
  if (options.clock.mode === 'manual') {
    // Kept once: a process (re)starting while another moves the clock must not set it back.
    const start = options.clock.start ?? Date.now();
    const saved = await store.settings.setIfAbsent('clock.now', start);
    // Not a time (written by hand?): the clock starts afresh, as when none was saved.
    if (typeof saved !== 'number') await store.settings.set('clock.now', start);
    // Processes sharing a PostgreSQL database read the time before each request (another may have moved it);
    // a SQLite file has one process, whose clock is the only one that moves it.
    const load = options.databaseUrl !== undefined ? () => store.settings.get('clock.now') : undefined;
    clock = new ManualClock(typeof saved === 'number' ? saved : start, (now) => store.settings.set('clock.now', now), load);
  }

  const channels = channelsFromEnv({ env: options.env, webhookSecret: await resolveWebhookSecret(options.env, store.settings) });

  const catalog = new Catalog(store);
  await catalog.reload();
  // A playbook published or a segment changed on another process sharing the database reaches this one.
  catalog.follow({ error: (object, message) => app.log.error(object, message) });
  const jobs = new JobRunner({
    store,
    clock,
    // `app` exists before the first job runs (bootstrap runs after buildApp).
    log: { error: (object, message) => app.log.error(object, message) },
    ...(options.jobSliceSize !== undefined ? { sliceSize: options.jobSliceSize } : {}),
    answerWaitMs: options.jobAnswerWaitMs ?? (clock instanceof ManualClock ? Number.POSITIVE_INFINITY : DEFAULT_ANSWER_WAIT_MS),
  });
  // The scheduler starts with the service, and the dispatcher needs the app's logger: the
  // runtime's callback reaches them through these names once they exist (no commit comes earlier).
  let scheduler: Scheduler | undefined;
  const runtime = new Runtime({
    store,
    clock,
    catalog,
    jobs,
    deliversExternally: channels.deliversExternally,
    sweepEveryMs: options.sweepEveryMs,
    // `app` exists before the first commit (bootstrap runs after buildApp).
    onDiagnostics: (customer, diagnostics) => {
      for (const diagnostic of diagnostics) app.log.warn({ customer, diagnostic }, diagnostic.message);
    },
    // Deliveries and timers a commit set wake the dispatchers and schedulers through the store's wake-up (every process).
    onNextFlip: (at) => scheduler?.wakeBy(at),
  });

  // Segment member counts: kept by `advance` (customers whose `next_flip_at` passed included), recounted
  // at start and after a rule changes, and hourly only while a segment's rule cannot be timed.
  // `app` exists before the first recount runs (start() comes after buildApp).
  const recounter = new SegmentRecounter({
    store,
    catalog,
    clock,
    jobs,
    log: { error: (object, message) => app.log.error(object, message) },
    nextFlipOf: (now) => runtime.nextFlipOf(now),
    onNextFlip: (at) => scheduler?.wakeBy(at),
  });
  // Fits the churn and value models: daily, and on POST /api/models/fit.
  const fitter = new ModelFitter({ store, clock, jobs, runtime, log: { error: (object, message) => app.log.error(object, message) } });
  const previews = new PreviewRunner(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : { dataFile: options.dataFile }, { log: (message) => app.log.warn(message) });
  const app = await buildApp({
    runtime,
    ...(options.dataFile !== ':memory:' || options.databaseUrl !== undefined ? { previews } : {}),
    recounter,
    fitter,
    ...(clock instanceof ManualClock
      ? { manualClock: clock, afterClockMove: () => delivery.drain().then(() => pruner.runIfDue()).then(() => fitter.refitIfDue()).then(() => recounter.refresh()).then(() => undefined) }
      : {}),
    requireApiKeys: options.requireApiKeys,
    ...sessionIdle(options.env),
    exchangeRates: exchangeRatesFromEnv(options.env),
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
    ...(options.logRequests !== undefined ? { logRequests: options.logRequests } : {}),
    ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
  });

  const pruner = new Pruner({ store, clock, wallNow: () => Date.now(), policy: options.retention ?? DEFAULT_RETENTION, log: app.log, jobs });
  jobs.handle(runtime.jobSlices());
  jobs.handle(pruner.jobSlices());
  jobs.handle(recounter.jobSlices());
  jobs.handle(fitter.jobSlices());
  const delivery = new Dispatcher({ store, adapters: channels.adapters, wallNow: () => Date.now(), runtimeNow: () => clock.now(), log: app.log });
  await bootstrap(runtime, new PlaybookService(runtime), { demo: options.demoCustomers > 0, demoCustomers: options.demoCustomers }, { info: (m) => app.log.info(m) });
  await runtime.ensureSweep();

  return {
    app,
    store,
    channels,
    async start() {
      if (clock instanceof ManualClock) {
        // Timers that fell due while the server was down fire now; after that only /api/clock/advance moves time.
        await runtime.fireDue(clock.now());
        await recounter.request();
        // A job a crash interrupted goes on from its cursor; with the testing clock, before the first request.
        jobs.start();
        await jobs.idle();
      } else {
        jobs.start();
        recounter.start();
        fitter.start();
        scheduler = new Scheduler(runtime, app.log);
        scheduler.start();
        pruner.start();
      }
      delivery.start();
    },
    async stop() {
      // Requests waiting for a job answer with it as it stands; the job stops after its current slice.
      await Promise.all([app.close(), jobs.stop(), previews.stop()]);
      recounter.stop();
      fitter.stop();
      catalog.unfollow();
      await scheduler?.stop();
      await delivery.stop();
      await pruner.stop();
      // Work claimed and not done goes to the other processes at once, not when its leases expire.
      await store.leases.release().catch((error: unknown) => app.log.error({ err: error }, 'releasing the leases of this process failed; the other processes take its work over when they expire'));
      await store.close();
    },
  };
}

/** STAYFLOW_SESSION_IDLE_MINUTES for the app (readConfig has refused a wrong one before the service starts). */
function sessionIdle(env: NodeJS.ProcessEnv): { sessionIdleMs?: number } {
  const idle = readSessionIdle(env);
  return idle.ok ? { sessionIdleMs: idle.ms } : {};
}
