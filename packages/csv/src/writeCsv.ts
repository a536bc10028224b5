import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

/** The byte-order mark that makes Excel and WPS read a CSV file as UTF-8 (Chinese names intact). */
export const BOM = '\uFEFF';

/**
 * CSV lines for rows of cells: RFC 4180 quoting (cells holding commas, quotes or line breaks
 * are quoted), CRLF line ends, and text starting with = + - @ prefixed with ' so a
 * spreadsheet never runs a cell as a formula (numbers are written as they are). No BOM:
 * `csvHeader` starts a file with it, later pages are appended with `csvRows`.
 */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  const cells = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell)));
  return `${Papa.unparse(cells as unknown[][], { newline: '\r\n', escapeFormulae: true, quotes: false })}\r\n`;
}

/** A file's first line: the BOM and the column names. */
export function csvHeader(columns: readonly string[]): string {
  return `${BOM}${csvRows([columns])}`;
}

/** A whole small file at once: header then rows. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvHeader(columns) + csvRows(rows);
}
