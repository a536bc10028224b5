import type { CohortCell } from '@stayflow/store';

export interface CohortRow {
  /** First-purchase month, YYYY-MM (UTC). */
  month: string;
  /** Customers whose first order was in that month. */
  customers: number;
  /** Index k: customers of the cohort who ordered in the k-th month after it (k = 0: all of them); up to the window's last month. */
  active: number[];
  /** active[k] / customers: the share still buying k months on (k = 0: 1). */
  retention: number[];
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * The cohort table from the store's cells: one row per first-purchase month with customers, each
 * as long as the months from it to `lastMonth` (the month the window's end falls in, counted
 * so far), so a month not yet lived is absent rather than 0 %.
 */
export function cohortTable(cells: readonly CohortCell[], lastMonth: string): CohortRow[] {
  const rows = new Map<string, CohortRow>();
  const last = monthIndex(lastMonth);
  for (const cell of cells) {
    let row = rows.get(cell.cohort);
    if (row === undefined) {
      const length = last - monthIndex(cell.cohort) + 1;
      rows.set(cell.cohort, (row = { month: cell.cohort, customers: 0, active: Array.from({ length: Math.max(length, 0) }, () => 0), retention: [] }));
    }
    const k = monthIndex(cell.month) - monthIndex(cell.cohort);
    if (k === 0) row.customers = cell.customers;
    if (k >= 0 && k < row.active.length) row.active[k] = cell.customers;
  }
  const out = [...rows.values()].filter((row) => row.customers > 0).sort((a, b) => (a.month < b.month ? -1 : 1));
  for (const row of out) row.retention = row.active.map((n) => n / row.customers);
  return out;
}
