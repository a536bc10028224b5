import { checkMapping } from './checkMapping.ts';
import { guessMapping, type ColumnTarget } from './columnTargets.ts';
import type { CsvLocale } from './messages.ts';
import { readCsv } from './readCsv.ts';
import { readRow, type ImportedCustomer, type ImportedOrder } from './readRow.ts';
import { rowError, type RowError } from './RowError.ts';

/** Customers per write: `POST /api/customers/batch` stores them in transactions of 250. */
export const DEFAULT_BATCH_SIZE = 500;
/** The errors a check lists (all are counted): a file broken on every row needs fixing as a whole, not reading line by line. */
export const MAX_LISTED_ERRORS = 1000;

type Source = string | Blob | NodeJS.ReadableStream;

interface MappingOptions {
  /** Targets by header; columns not named keep their guess. */
  overrides?: Record<string, ColumnTarget>;
  /** The whole mapping, by column index (wins over `overrides`). */
  mapping?: readonly ColumnTarget[];
  locale?: CsvLocale;
  /** The clock's now in ms (orders dated after it are refused). */
  now: number;
}

export interface CsvCheck {
  headers: string[];
  mapping: ColumnTarget[];
  /** Data rows read. */
  rows: number;
  /** Rows that would be written (no error). */
  validRows: number;
  /** Order events the valid rows carry. */
  orders: number;
  /** Every problem up to MAX_LISTED_ERRORS, in file order; `errorCount` counts them all. */
  errors: RowError[];
  errorCount: number;
  /** Rows with at least one problem. */
  rowsWithErrors: number;
}

function mappingFor(headers: string[], options: MappingOptions): ColumnTarget[] {
  if (options.mapping) return headers.map((_, index) => options.mapping![index] ?? 'ignore');
  const guessed = guessMapping(headers);
  return headers.map((header, index) => options.overrides?.[header] ?? guessed[index]!);
}

/**
 * The validation pass: reads the whole file (streamed) and reports every problem, writing
 * nothing. `onProgress` is called every 1,000 rows with the rows read so far.
 */
export async function checkCsv(source: Source, options: MappingOptions & { onProgress?: (rows: number) => void }): Promise<CsvCheck> {
  const locale = options.locale ?? 'en';
  const check: CsvCheck = { headers: [], mapping: [], rows: 0, validRows: 0, orders: 0, errors: [], errorCount: 0, rowsWithErrors: 0 };
  const note = (errors: RowError[]) => {
    check.errorCount += errors.length;
    for (const error of errors) if (check.errors.length < MAX_LISTED_ERRORS) check.errors.push(error);
  };
  let usable = true;
  await readCsv(
    source,
    {
      header(headers) {
        check.headers = headers;
        check.mapping = mappingFor(headers, options);
        const problems = checkMapping(headers, check.mapping, locale);
        note(problems);
        usable = problems.length === 0;
        return usable;
      },
      row(cells, row) {
        check.rows++;
        if (check.rows % 1000 === 0) options.onProgress?.(check.rows);
        const result = readRow(cells, row, { headers: check.headers, mapping: check.mapping, locale, now: options.now });
        if (result.ok) {
          check.validRows++;
          if (result.order) check.orders++;
        } else {
          check.rowsWithErrors++;
          note(result.errors);
        }
      },
      problem(error) {
        check.rows++;
        check.rowsWithErrors++;
        note([error]);
      },
    },
    { locale },
  );
  if (check.headers.length === 0 && usable) note([rowError(1, '', 'csv.empty_file', {}, locale)]);
  else if (check.rows === 0 && usable) note([rowError(2, '', 'csv.no_rows', {}, locale)]);
  return check;
}

/** One write: customers for `POST /api/customers/batch`, then their orders for `POST /api/events`. */
export interface ImportBatch {
  customers: ImportedCustomer[];
  orders: ImportedOrder[];
  /** Data rows read so far, this batch included. */
  rowsRead: number;
}

export interface ImportOptions extends MappingOptions {
  batchSize?: number;
  /** Writes one batch; reading waits for it, so memory holds one batch at a time. */
  send(batch: ImportBatch): Promise<void>;
}

export interface ImportSummary {
  rows: number;
  customers: number;
  orders: number;
  batches: number;
}

/**
 * The write pass over a file `checkCsv` found clean: customers and their orders in batches.
 * A customer on several rows (one row per order) is merged within a batch, later cells
 * winning. Throws if the file holds a problem after all (it changed since the check):
 * batches already sent stay written, and re-running after fixing is safe because order
 * ids come from their content.
 */
export async function importCsv(source: Source, options: ImportOptions): Promise<ImportSummary> {
  const locale = options.locale ?? 'en';
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary: ImportSummary = { rows: 0, customers: 0, orders: 0, batches: 0 };
  let headers: string[] = [];
  let mapping: ColumnTarget[] = [];
  let customers = new Map<string, ImportedCustomer>();
  let orders: ImportedOrder[] = [];
  const flush = async () => {
    if (customers.size === 0 && orders.length === 0) return;
    const batch = { customers: [...customers.values()], orders, rowsRead: summary.rows };
    customers = new Map();
    orders = [];
    summary.batches++;
    summary.customers += batch.customers.length;
    summary.orders += batch.orders.length;
    await options.send(batch);
  };
  await readCsv(
    source,
    {
      header(found) {
        headers = found;
        mapping = mappingFor(found, options);
        const problems = checkMapping(headers, mapping, locale);
        if (problems.length > 0) throw new Error(`Row ${problems[0]!.row}: ${problems[0]!.problem}`);
      },
      row(cells, row) {
        summary.rows++;
        const result = readRow(cells, row, { headers, mapping, locale, now: options.now });
        if (!result.ok) throw new Error(`Row ${row}, ${result.errors[0]!.column}: ${result.errors[0]!.problem}`);
        const known = customers.get(result.customer.id);
        if (known) {
          Object.assign(known.attributes, result.customer.attributes);
          if (result.customer.tags) known.tags = result.customer.tags;
        } else customers.set(result.customer.id, result.customer);
        if (result.order) orders.push(result.order);
        if (customers.size >= size || orders.length >= size) return flush();
      },
      problem(error) {
        throw new Error(`Row ${error.row}: ${error.problem}`);
      },
    },
    { locale },
  );
  await flush();
  return summary;
}
