import { sql, type SQL } from 'drizzle-orm';
import type { CohortCell } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { rowsOf } from './pgTransaction.ts';

/** An epoch-ms column as a UTC timestamp, floored to the second as SQLite's 'unixepoch' reads it. */
const utc = (column: SQL) => sql`(to_timestamp(floor(${column} / 1000.0)) AT TIME ZONE 'UTC')`;
const month = (column: SQL) => sql`to_char(${utc(column)}, 'YYYY-MM')`;

/** Cohort cells for first purchases in [from, to), by the query of sqlite/cohortCells.ts (see there for its cost). */
export async function pgCohortCells(db: PgDb, from: number, to: number, segment?: string): Promise<CohortCell[]> {
  const monthStart = sql`(extract(epoch FROM date_trunc('month', ${utc(sql`o.at`)})) * 1000)::bigint`;
  const inSegment = segment === undefined ? sql`` : sql`AND EXISTS (SELECT 1 FROM customers c WHERE c.id = o.customer_id AND c.segments ? ${segment})`;
  return rowsOf<CohortCell>(
    db.$client,
    sql`
    SELECT ${month(sql`first_at`)} AS cohort, month, COUNT(*) AS customers FROM (
      SELECT ${month(sql`o.at`)} AS month,
             CASE WHEN o.prev_at IS NULL THEN o.at ELSE (SELECT f.at FROM orders f WHERE f.customer_id = o.customer_id ORDER BY f.at, f.event_id LIMIT 1) END AS first_at
      FROM orders o
      WHERE o.at >= ${from} AND o.at < ${to} AND (o.prev_at IS NULL OR o.prev_at < ${monthStart}) ${inSegment}
    ) AS kept
    WHERE first_at >= ${from}
    GROUP BY 1, 2 ORDER BY 1, 2`,
  );
}
