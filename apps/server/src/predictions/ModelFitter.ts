import { summarise, type BgNbdParams, type CustomerSummary, type GammaGammaParams } from '@stayflow/predict';
import type { AdvanceItem, JobRecord, ModelFitRecord, Store } from '@stayflow/store';
import { yieldToEventLoop } from '@stayflow/store';
import type { Clock } from '../runtime/Clock.ts';
import type { JobRunner, SliceHandler } from '../runtime/JobRunner.ts';
import { repeatEvery } from '../runtime/repeatEvery.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { fitModels } from './fitModels.ts';
import { modelOrders, NO_CURRENCY } from './orderHistory.ts';
import { scoreCustomer, type ScoringModels } from './scoreCustomer.ts';

export const DAY_MS = 86_400_000;
/** The models are refitted once the newest fit's history is this old (README, "Predictions"). */
export const REFIT_EVERY_MS = DAY_MS;
/** How often the real clock looks whether a refit is due. */
const CHECK_EVERY_MS = 3_600_000;
/** Customers whose histories are read per query while fitting. */
const HISTORY_PAGE = 2_000;

export interface ModelFitterOptions {
  store: Store;
  clock: Clock;
  jobs: JobRunner;
  runtime: Runtime;
  log: { error(object: object, message: string): void };
}

/**
 * Fits the customer-base models on the order ledger and scores every customer, as a
 * `fit_models` job: its first slice fits (the fit's rows and the job's progress commit
 * together), each further slice scores the next customers through `advance` (a
 * `predictions` input, so segment triggers and exit rules see the new figures), and the
 * last one sums the figures the analytics page shows. After a crash the job goes on:
 * a job whose fit is stored goes on scoring from its cursor.
 */
export class ModelFitter {
  private stopRepeating: (() => void) | undefined;

  constructor(private readonly options: ModelFitterOptions) {}

  jobSlices(): { fit_models: SliceHandler } {
    return { fit_models: (job, limit) => this.slice(job, limit) };
  }

  /** Queues a refit on the history up to the clock's now, unless one for this very instant is queued and has not started. */
  async request(): Promise<JobRecord> {
    const { store, clock, jobs } = this.options;
    const [active] = await store.jobs.list({ kind: 'fit_models', status: 'active', limit: 1 });
    if (active !== undefined && active.status === 'queued' && active.at === clock.now()) return active;
    return jobs.enqueue({ kind: 'fit_models', playbookId: null, at: clock.now(), total: await store.customers.count() });
  }

  /**
   * Waits until the job's models are fitted (its rows exist) or it ended; with `scored`,
   * until the scoring of every customer ended too. Answers the job as it then stands.
   */
  async fitted(job: JobRecord, scored: boolean): Promise<JobRecord | undefined> {
    const { jobs, store } = this.options;
    if (scored) return jobs.settle(job.id);
    for (;;) {
      const now = await jobs.settle(job.id, 100);
      if (now === undefined || now.status !== 'queued' && now.status !== 'running') return now;
      if ((await store.models.fit(job.id)).length > 0) return now;
    }
  }

  /** Whether the newest fit's history is a day old (or no fit ended yet but one was made before). */
  async due(): Promise<boolean> {
    const [latest] = await this.options.store.models.latest();
    return latest === undefined || this.options.clock.now() - latest.asOf >= REFIT_EVERY_MS;
  }

  /**
   * The testing clock's daily refit, after each move: only once the models were fitted
   * at least once (by `POST /api/models/fit`), so tests that never ask for them see no
   * fit jobs. Waits for the job, scoring included.
   */
  async refitIfDue(): Promise<void> {
    const [latest] = await this.options.store.models.latest();
    if (latest === undefined || this.options.clock.now() - latest.asOf < REFIT_EVERY_MS) return;
    if ((await this.options.store.jobs.list({ kind: 'fit_models', status: 'active', limit: 1 })).length > 0) return;
    await this.fitted(await this.request(), true);
  }

  /** With the real clock: fits now if due, then looks hourly whether a day has passed since the last fit. */
  start(): void {
    this.stopRepeating = repeatEvery(
      async () => {
        if (!(await this.due())) return;
        if ((await this.options.store.jobs.list({ kind: 'fit_models', status: 'active', limit: 1 })).length > 0) return;
        await this.request();
      },
      { everyMs: CHECK_EVERY_MS, onError: (error) => this.options.log.error({ err: error }, 'queueing the daily refit of the customer-base models failed; trying again within the hour') },
    );
  }

  stop(): void {
    this.stopRepeating?.();
    this.stopRepeating = undefined;
  }

  private async slice(job: JobRecord, limit: number): Promise<{ finished: boolean }> {
    const { store, runtime } = this.options;
    const fits = await store.models.fit(job.id);
    if (fits.length === 0) {
      await store.models.saveFit(await this.fit(job), { jobId: job.id, done: 0, cursor: null });
      return { finished: false };
    }
    const models = scoringModels(fits);
    const page = await store.customers.page(job.cursor, limit);
    if (page.length > 0) {
      const histories = new Map((await store.models.historiesOf(page.map((c) => c.id), job.at)).map((h) => [h.customerId, modelOrders(h.orders)]));
      const items: AdvanceItem[] = page.map((customer) => {
        const orders = histories.get(customer.id) ?? [];
        let predictions = null;
        if (models !== null && orders.length > 0) {
          const attribute = customer.attributes.currency;
          const currency = typeof attribute === 'string' && attribute !== '' ? attribute.toUpperCase() : (orders[orders.length - 1]?.currency ?? NO_CURRENCY);
          predictions = scoreCustomer(summarise(orders, job.at, DAY_MS), currency, models, job.at);
        }
        return { customerId: customer.id, input: { kind: 'predictions', predictions } };
      });
      await runtime.applySlice(items, job.at, { jobId: job.id, done: job.done + page.length, cursor: page[page.length - 1]!.id });
    }
    if (page.length === limit) return { finished: false };
    await store.models.summarise(job.id, job.at);
    return { finished: true };
  }

  /** Reads every customer's history up to the job's instant and fits the models, warm started from the last fits. */
  private async fit(job: JobRecord): Promise<Omit<ModelFitRecord, 'scoring'>[]> {
    const { store, clock } = this.options;
    const summaries: CustomerSummary[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await store.models.histories(after, HISTORY_PAGE, job.at);
      if (page.length === 0) break;
      for (const history of page) {
        const summary = summarise(modelOrders(history.orders), job.at, DAY_MS);
        if (summary !== null) summaries.push(summary);
      }
      after = page[page.length - 1]!.customerId;
      await yieldToEventLoop();
    }
    const warmStart: { churn?: BgNbdParams; value: Record<string, GammaGammaParams> } = { value: {} };
    const churn = await store.models.lastFitted('churn', '');
    if (churn?.params && churn.timeUnit === 'day') warmStart.churn = churn.params as unknown as BgNbdParams;
    const currencies = new Set(summaries.flatMap((s) => Object.keys(s.monetary)));
    for (const currency of currencies) {
      const value = await store.models.lastFitted('value', currency);
      if (value?.params) warmStart.value[currency] = value.params as unknown as GammaGammaParams;
    }
    return fitModels({ fitId: job.id, summaries, asOf: job.at, fittedAt: clock.now(), warmStart });
  }
}

/** The parameters a fit scores with, or null when its churn model could not be fitted (every customer's scores are then dropped). */
export function scoringModels(fits: readonly ModelFitRecord[]): ScoringModels | null {
  const churn = fits.find((f) => f.kind === 'churn');
  if (churn?.params == null) return null;
  const value: Record<string, GammaGammaParams> = {};
  for (const fit of fits) if (fit.kind === 'value' && fit.params !== null) value[fit.currency] = fit.params as unknown as GammaGammaParams;
  return { churn: churn.params as unknown as BgNbdParams, value, asOf: churn.asOf };
}
