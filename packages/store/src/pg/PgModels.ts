import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { modelFits } from '../schema-pg/index.ts';
import { byCurrencyOf, group, toRecord, VALUE_BAND_CASE, type BandRow } from '../sqlite/SqliteModels.ts';
import type { CustomerHistory, JobProgress, ModelFitRecord, ModelKind, ModelRepository, PredictionSummary } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { writeProgress } from './PgJobs.ts';
import { inTransaction, json, rowsOf, run, statement } from './pgTransaction.ts';

interface OrderRow {
  customer_id: string;
  at: number;
  amount: number | null;
  currency: string | null;
}

const Q = {
  customersAfter: statement('stayflow_models_customers_after', 'SELECT DISTINCT customer_id FROM orders WHERE customer_id > $1 ORDER BY customer_id LIMIT $2'),
  ordersBetween: statement(
    'stayflow_models_orders_between',
    'SELECT customer_id, at, amount, currency FROM orders WHERE customer_id >= $1 AND customer_id <= $2 AND at <= $3 ORDER BY customer_id, at, event_id',
  ),
  ordersOf: statement('stayflow_models_orders_of', 'SELECT customer_id, at, amount, currency FROM orders WHERE customer_id = ANY($1::text[]) AND at <= $2 ORDER BY customer_id, at, event_id'),
  insertFit: statement(
    'stayflow_models_insert_fit',
    `INSERT INTO model_fits (fit_id, kind, currency, model, params, log_likelihood, iterations, converged, customers, time_unit, fitted_at, as_of, reason, message, scoring)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, NULL)`,
  ),
};

/** The models' fits and inputs over PostgreSQL (see SqliteModels). */
export class PgModels implements ModelRepository {
  constructor(private readonly db: PgDb) {}

  async histories(after: string | null, limit: number, upTo: number): Promise<CustomerHistory[]> {
    return inTransaction(this.db, async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const ids = (await run(client, Q.customersAfter, [after ?? '', limit])).rows.map((r: { customer_id: string }) => r.customer_id);
      if (ids.length === 0) return [];
      return group((await run(client, Q.ordersBetween, [ids[0], ids[ids.length - 1], upTo])).rows as OrderRow[]);
    });
  }

  async historiesOf(customerIds: readonly string[], upTo: number): Promise<CustomerHistory[]> {
    if (customerIds.length === 0) return [];
    const rows = (await run(this.db.$client, Q.ordersOf, [[...customerIds], upTo])).rows as OrderRow[];
    // In the order asked for, as SqliteModels answers.
    const byCustomer = new Map(group(rows).map((h) => [h.customerId, h]));
    return customerIds.flatMap((id) => byCustomer.get(id) ?? []);
  }

  async saveFit(rows: readonly Omit<ModelFitRecord, 'scoring'>[], progress?: JobProgress): Promise<void> {
    await inTransaction(this.db, async (client) => {
      for (const row of rows) {
        await run(client, Q.insertFit, [
          row.fitId,
          row.kind,
          row.currency,
          row.model,
          row.params === null ? null : json(row.params),
          row.logLikelihood,
          row.iterations,
          row.converged,
          row.customers,
          row.timeUnit,
          row.fittedAt,
          row.asOf,
          row.reason,
          row.message,
        ]);
      }
      if (progress !== undefined) await writeProgress(client, progress);
    });
  }

  async fit(fitId: string): Promise<ModelFitRecord[]> {
    return (await this.db.select().from(modelFits).where(eq(modelFits.fitId, fitId)).orderBy(asc(modelFits.seq))).map(toRecord);
  }

  async latest(): Promise<ModelFitRecord[]> {
    const [newest] = await this.db.select({ fitId: modelFits.fitId }).from(modelFits).orderBy(desc(modelFits.seq)).limit(1);
    return newest === undefined ? [] : this.fit(newest.fitId);
  }

  async lastFitted(kind: ModelKind, currency: string): Promise<ModelFitRecord | undefined> {
    const [row] = await this.db
      .select()
      .from(modelFits)
      .where(and(eq(modelFits.kind, kind), eq(modelFits.currency, currency), isNotNull(modelFits.params)))
      .orderBy(desc(modelFits.seq))
      .limit(1);
    return row === undefined ? undefined : toRecord(row);
  }

  async summarise(fitId: string, scoredAt: number): Promise<PredictionSummary> {
    return inTransaction(this.db, async (client) => {
      const [all] = (await rowsOf(client, sql`SELECT COUNT(*) AS customers, COALESCE(SUM(p_alive), 0) AS "expectedActive" FROM customer_predictions`)) as {
        customers: number;
        expectedActive: number;
      }[];
      const rows = (
        await rowsOf(
          client,
          sql.raw(`SELECT currency, ${VALUE_BAND_CASE} AS band, COUNT(*) AS customers, COALESCE(SUM(predicted_clv), 0) AS total
           FROM customer_predictions WHERE predicted_clv IS NOT NULL AND currency IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`),
        )
      ) as BandRow[];
      const byCurrency = byCurrencyOf(rows);
      const summary: PredictionSummary = { scoredAt, customers: all?.customers ?? 0, expectedActive: all?.expectedActive ?? 0, byCurrency };
      await client.query(`UPDATE model_fits SET scoring = $1 WHERE fit_id = $2 AND kind = 'churn'`, [json(summary), fitId]);
      return summary;
    });
  }
}
