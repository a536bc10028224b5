import { targetLabel, type ColumnTarget } from './columnTargets.ts';
import type { CsvLocale } from './messages.ts';
import { rowError, type RowError } from './RowError.ts';

/**
 * What is wrong with a column mapping before any row is read (all reported on row 1, the
 * header): no id column, two columns feeding one target, order fields without an amount
 * or an amount without a date, unnamed columns that are not ignored.
 */
export function checkMapping(headers: readonly string[], mapping: readonly ColumnTarget[], locale: CsvLocale = 'en'): RowError[] {
  const errors: RowError[] = [];
  if (headers.length === 0) return [rowError(1, '', 'csv.empty_file', {}, locale)];
  const columnsOf = new Map<ColumnTarget, string[]>();
  headers.forEach((header, index) => {
    const target = mapping[index] ?? 'ignore';
    if (target === 'ignore') return;
    if (header.trim() === '') errors.push(rowError(1, '', 'csv.empty_header', { index: index + 1 }, locale));
    columnsOf.set(target, [...(columnsOf.get(target) ?? []), header]);
  });
  if (!columnsOf.has('id')) errors.push(rowError(1, '', 'csv.no_id_column', {}, locale));
  for (const [target, columns] of columnsOf) {
    if (columns.length > 1) errors.push(rowError(1, columns[0]!, 'csv.duplicate_target', { columns: columns.join('", "'), target: targetLabel(target, locale) }, locale));
  }
  const hasAmount = columnsOf.has('order.amount');
  for (const field of ['order.currency', 'order.at', 'order.id'] as const) {
    if (!hasAmount && columnsOf.has(field)) errors.push(rowError(1, columnsOf.get(field)![0]!, 'csv.order_without_amount', { column: columnsOf.get(field)![0]! }, locale));
  }
  if (hasAmount && !columnsOf.has('order.at')) errors.push(rowError(1, columnsOf.get('order.amount')![0]!, 'csv.order_without_date', {}, locale));
  return errors;
}
