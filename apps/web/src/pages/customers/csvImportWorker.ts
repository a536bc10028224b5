/**
 * The CSV import's Web Worker: reads the file (papaparse, streamed in chunks) off the page's
 * thread, so a 100,000-row file never freezes the page. The page asks; the worker answers:
 *
 *   { type: 'preview', file }                     → { type: 'preview', preview }
 *   { type: 'check', file, mapping, locale, now } → { type: 'progress', rows }…, { type: 'checked', check }
 *   { type: 'import', file, mapping, locale, now } → { type: 'batch', batch } (waits for { type: 'ack' }) …, { type: 'imported', summary }
 *   anything failing                              → { type: 'failed', message }
 *
 * The writes stay on the page (its API client holds the key and the session): the worker
 * hands over one batch at a time and reads on only once the page acknowledges it.
 */
import { checkCsv, importCsv, previewCsv, type ColumnTarget, type CsvLocale } from '@stayflow/csv';

export type WorkerRequest =
  | { type: 'preview'; file: File }
  | { type: 'check' | 'import'; file: File; mapping: ColumnTarget[]; locale: CsvLocale; now: number }
  | { type: 'ack' };

interface Scope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = self as unknown as Scope;

let acknowledge: (() => void) | null = null;

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'ack') {
    acknowledge?.();
    acknowledge = null;
    return;
  }
  void (async () => {
    try {
      if (request.type === 'preview') {
        scope.postMessage({ type: 'preview', preview: await previewCsv(request.file, 5) });
      } else if (request.type === 'check') {
        const check = await checkCsv(request.file, { mapping: request.mapping, locale: request.locale, now: request.now, onProgress: (rows) => scope.postMessage({ type: 'progress', rows }) });
        scope.postMessage({ type: 'checked', check });
      } else {
        const summary = await importCsv(request.file, {
          mapping: request.mapping,
          locale: request.locale,
          now: request.now,
          send: (batch) =>
            new Promise<void>((resolve) => {
              acknowledge = resolve;
              scope.postMessage({ type: 'batch', batch });
            }),
        });
        scope.postMessage({ type: 'imported', summary });
      }
    } catch (error) {
      scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
