import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import { modelFits } from '../schema/index.ts';
import type { CustomerHistory, JobProgress, ModelFitRecord, ModelKind, ModelRepository, PredictionSummary } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';
import { progressWriter } from './SqliteJobs.ts';

/** Upper ends of the predicted-value bands the analytics page shows (in the currency); the last band is open. */
export const VALUE_BANDS = [0, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000] as const;

interface OrderRow {
  customer_id: string;
  at: number;
  amount: number | null;
  currency: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Parameters as stored: every value a finite number, else the row was damaged outside the server. */
export function readParams(seq: number, value: unknown): Record<string, number> | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || Object.values(value).some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
    throw new Error(`model fit ${seq}: stored parameters are damaged and cannot be read (${JSON.stringify(value).slice(0, 60)})`);
  }
  return value as Record<string, number>;
}

export function readSummary(value: unknown): PredictionSummary | null {
  if (!isRecord(value) || typeof value.customers !== 'number' || typeof value.expectedActive !== 'number' || !Array.isArray(value.byCurrency)) return null;
  return value as unknown as PredictionSummary;
}

export class SqliteModels implements ModelRepository {
  private readonly writeProgress;
  private readonly customersAfter;
  private readonly ordersBetween;
  private readonly ordersOf;

  constructor(private readonly db: SqliteDb) {
    this.writeProgress = progressWriter(db);
    // Customers with orders, in id order: the ledger's (customer_id, at, event_id) index answers both.
    this.customersAfter = db.$client.prepare(`SELECT DISTINCT customer_id FROM orders WHERE customer_id > ? ORDER BY customer_id LIMIT ?`).pluck();
    this.ordersBetween = db.$client.prepare(
      `SELECT customer_id, at, amount, currency FROM orders WHERE customer_id >= ? AND customer_id <= ? AND at <= ? ORDER BY customer_id, at, event_id`,
    );
    this.ordersOf = db.$client.prepare(`SELECT customer_id, at, amount, currency FROM orders WHERE customer_id = ? AND at <= ? ORDER BY at, event_id`);
  }

  async histories(after: string | null, limit: number, upTo: number): Promise<CustomerHistory[]> {
    return this.db.transaction(() => {
      const ids = this.customersAfter.all(after ?? '', limit) as string[];
      if (ids.length === 0) return [];
      return group(this.ordersBetween.all(ids[0], ids[ids.length - 1], upTo) as OrderRow[]);
    });
  }

  async historiesOf(customerIds: readonly string[], upTo: number): Promise<CustomerHistory[]> {
    return this.db.transaction(() => group(customerIds.flatMap((id) => this.ordersOf.all(id, upTo) as OrderRow[])));
  }

  async saveFit(rows: readonly Omit<ModelFitRecord, 'scoring'>[], progress?: JobProgress): Promise<void> {
    this.db.transaction((tx) => {
      for (const row of rows) tx.insert(modelFits).values({ ...row, scoring: null }).run();
      if (progress !== undefined) this.writeProgress(progress);
    });
  }

  async fit(fitId: string): Promise<ModelFitRecord[]> {
    return this.db.select().from(modelFits).where(eq(modelFits.fitId, fitId)).orderBy(asc(modelFits.seq)).all().map(toRecord);
  }

  async latest(): Promise<ModelFitRecord[]> {
    const newest = this.db.select({ fitId: modelFits.fitId }).from(modelFits).orderBy(desc(modelFits.seq)).limit(1).get();
    return newest === undefined ? [] : this.fit(newest.fitId);
  }

  async lastFitted(kind: ModelKind, currency: string): Promise<ModelFitRecord | undefined> {
    const row = this.db
      .select()
      .from(modelFits)
      .where(and(eq(modelFits.kind, kind), eq(modelFits.currency, currency), isNotNull(modelFits.params)))
      .orderBy(desc(modelFits.seq))
      .limit(1)
      .get();
    return row === undefined ? undefined : toRecord(row);
  }

  async summarise(fitId: string, scoredAt: number): Promise<PredictionSummary> {
    return this.db.transaction((tx) => {
      const client = this.db.$client;
      const all = client.prepare(`SELECT COUNT(*) AS customers, TOTAL(p_alive) AS expectedActive FROM customer_predictions`).get() as { customers: number; expectedActive: number };
      const rows = client
        .prepare(
          `SELECT currency, ${VALUE_BAND_CASE} AS band, COUNT(*) AS customers, TOTAL(predicted_clv) AS total
           FROM customer_predictions WHERE predicted_clv IS NOT NULL AND currency IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
        )
        .all() as BandRow[];
      const byCurrency = byCurrencyOf(rows);
      const summary: PredictionSummary = { scoredAt, customers: all.customers, expectedActive: all.expectedActive, byCurrency };
      tx.update(modelFits).set({ scoring: summary }).where(and(eq(modelFits.fitId, fitId), eq(modelFits.kind, 'churn'))).run();
      return summary;
    });
  }
}

export function group(rows: readonly OrderRow[]): CustomerHistory[] {
  const histories: CustomerHistory[] = [];
  let current: CustomerHistory | undefined;
  for (const row of rows) {
    if (current?.customerId !== row.customer_id) {
      current = { customerId: row.customer_id, orders: [] };
      histories.push(current);
    }
    current.orders.push({ at: row.at, amount: row.amount ?? 0, currency: row.currency ?? '' });
  }
  return histories;
}

/** A value band's number from `predicted_clv` (SQL for both stores): the last band of VALUE_BANDS it reaches. */
export const VALUE_BAND_CASE = `CASE ${VALUE_BANDS.map((to, i) => (i === 0 ? '' : `WHEN predicted_clv < ${to} THEN ${i - 1}`)).join(' ')} ELSE ${VALUE_BANDS.length - 1} END`;

/** Customers and predicted value per currency and value band, as both stores read them. */
export interface BandRow {
  currency: string;
  band: number;
  customers: number;
  total: number;
}

/** The summary's per-currency figures from the band rows (every band present, empty ones at 0). */
export function byCurrencyOf(rows: readonly BandRow[]): PredictionSummary['byCurrency'] {
  const byCurrency: PredictionSummary['byCurrency'] = [];
  for (const row of rows) {
    let entry = byCurrency.find((c) => c.currency === row.currency);
    if (entry === undefined) {
      entry = { currency: row.currency, customers: 0, totalClv: 0, bands: VALUE_BANDS.map((from, i) => ({ from, to: VALUE_BANDS[i + 1] ?? null, customers: 0 })) };
      byCurrency.push(entry);
    }
    entry.customers += row.customers;
    entry.totalClv += row.total;
    entry.bands[row.band]!.customers += row.customers;
  }
  return byCurrency;
}

/** A stored fit as the repository answers it; the columns are the same in both stores' schemas. */
export function toRecord(row: typeof modelFits.$inferSelect): ModelFitRecord {
  return {
    fitId: row.fitId,
    kind: row.kind,
    currency: row.currency,
    model: row.model,
    params: readParams(row.seq, row.params),
    logLikelihood: row.logLikelihood,
    iterations: row.iterations,
    converged: row.converged,
    customers: row.customers,
    timeUnit: row.timeUnit,
    fittedAt: row.fittedAt,
    asOf: row.asOf,
    reason: row.reason,
    message: row.message,
    scoring: readSummary(row.scoring),
  };
}
