import { guessMapping, type ColumnTarget } from './columnTargets.ts';
import { readCsv } from './readCsv.ts';

export interface CsvPreview {
  headers: string[];
  guesses: ColumnTarget[];
  /** The first data rows, as read. */
  rows: string[][];
}

/** The header, its guessed mapping and the first `count` rows, reading no further than needed. */
export async function previewCsv(source: string | Blob | NodeJS.ReadableStream, count = 5): Promise<CsvPreview> {
  const preview: CsvPreview = { headers: [], guesses: [], rows: [] };
  await readCsv(source, {
    header(headers) {
      preview.headers = headers;
      preview.guesses = guessMapping(headers);
    },
    row(cells) {
      preview.rows.push(cells);
      if (preview.rows.length >= count) return false;
    },
  });
  return preview;
}
