import { formatCsvMessage, type CsvLocale, type CsvMessageCode } from './messages.ts';

/**
 * One problem with a CSV file, where a spreadsheet shows it: `row` counts lines as a
 * spreadsheet numbers them (the header is row 1, the first customer row 2), `column` is
 * the header as written (empty for a whole-row problem), `problem` the sentence for the
 * operator in the chosen language; `code` and `params` let another language re-render it.
 */
export interface RowError {
  row: number;
  column: string;
  code: CsvMessageCode;
  params: Record<string, string | number>;
  problem: string;
}

export function rowError(row: number, column: string, code: CsvMessageCode, params: Record<string, string | number>, locale: CsvLocale): RowError {
  return { row, column, code, params, problem: formatCsvMessage(code, params, locale) };
}
