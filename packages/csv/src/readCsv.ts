import Papa from 'papaparse';
import type { CsvLocale } from './messages.ts';
import { rowError, type RowError } from './RowError.ts';

export interface CsvHandlers {
  /** The first row's cells (a byte-order mark removed). Return false to stop reading. */
  header(headers: string[]): boolean | void;
  /**
   * One record (`row`: its spreadsheet number, the header being 1). While a returned
   * promise is pending the reader is paused, so a caller writing batches holds at most one
   * batch in memory. Blank rows are skipped (but counted in the numbering). Return false to stop reading.
   */
  row(cells: string[], row: number): void | false | Promise<void>;
  /** A record papaparse could not read cleanly (an unclosed quote). */
  problem?(error: RowError): void | Promise<void>;
}

export interface CsvSummary {
  /** Data rows handed to `row` (blank rows and the header not counted). */
  rows: number;
  /** Whether reading ended early because a handler answered false. */
  stopped: boolean;
}

/**
 * Reads CSV record by record without holding the file: a `File`/`Blob` in a browser (or a
 * Web Worker), a Node `Readable` from `fs.createReadStream`, or a string. The delimiter is
 * detected (comma, semicolon, tab); quoted cells may hold delimiters and line breaks.
 */
export function readCsv(source: string | Blob | NodeJS.ReadableStream, handlers: CsvHandlers, options: { locale?: CsvLocale } = {}): Promise<CsvSummary> {
  const locale = options.locale ?? 'en';
  let record = 0;
  let rows = 0;
  let stopped = false;
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    const config: Papa.ParseConfig<string[]> & { step: NonNullable<Papa.ParseConfig<string[]>['step']>; error(error: Error): void } = {
      header: false,
      skipEmptyLines: false,
      delimitersToGuess: [',', ';', '\t', '|'],
      step(results, parser) {
        if (failed || stopped) return;
        record++;
        const cells = results.data;
        if (record === 1) {
          const headers = cells.map((cell, index) => (index === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
          if (headers.length === 1 && headers[0] === '') {
            record = 0;
            return;
          }
          if (handlers.header(headers) === false) {
            stopped = true;
            parser.abort();
          }
          return;
        }
        const quoteProblem = results.errors.find((error) => error.type === 'Quotes');
        const pending: Array<void | false | Promise<void>> = [];
        if (quoteProblem) pending.push(handlers.problem?.(rowError(record, '', 'csv.quotes', {}, locale)));
        else if (!cells.every((cell) => cell.trim() === '')) {
          rows++;
          pending.push(handlers.row(cells, record));
        }
        if (pending.includes(false)) {
          stopped = true;
          parser.abort();
          return;
        }
        const promises = pending.filter((p): p is Promise<void> => p instanceof Promise);
        if (promises.length === 0) return;
        parser.pause();
        Promise.all(promises).then(() => {
          if (!failed) parser.resume();
        }, (error: unknown) => {
          fail(error);
          parser.abort();
        });
      },
      complete() {
        if (!failed) resolve({ rows, stopped });
      },
      error(error: Error) {
        fail(error);
      },
    };
    Papa.parse(source as never, config as never);
  });
}
