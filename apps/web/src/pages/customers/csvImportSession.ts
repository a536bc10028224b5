import type { ColumnTarget, CsvCheck, CsvLocale, CsvPreview, ImportBatch, ImportSummary } from '@stayflow/csv';
import type { WorkerRequest } from './csvImportWorker.ts';

type WorkerAnswer =
  | { type: 'preview'; preview: CsvPreview }
  | { type: 'progress'; rows: number }
  | { type: 'checked'; check: CsvCheck }
  | { type: 'batch'; batch: ImportBatch }
  | { type: 'imported'; summary: ImportSummary }
  | { type: 'failed'; message: string };

/** The page's side of the import worker: one question at a time, answered as a promise. */
export class CsvImportSession {
  private readonly worker = new Worker(new URL('./csvImportWorker.ts', import.meta.url), { type: 'module' });

  private ask<T>(request: WorkerRequest, handle: (answer: WorkerAnswer, settle: (value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
        if (event.data.type === 'failed') reject(new Error(event.data.message));
        else handle(event.data, resolve);
      };
      this.worker.onerror = (event) => reject(new Error(event.message || 'The file reader stopped.'));
      this.worker.postMessage(request);
    });
  }

  preview(file: File): Promise<CsvPreview> {
    return this.ask({ type: 'preview', file }, (answer, settle) => answer.type === 'preview' && settle(answer.preview));
  }

  check(file: File, mapping: ColumnTarget[], locale: CsvLocale, now: number, onProgress: (rows: number) => void): Promise<CsvCheck> {
    return this.ask({ type: 'check', file, mapping, locale, now }, (answer, settle) => {
      if (answer.type === 'progress') onProgress(answer.rows);
      else if (answer.type === 'checked') settle(answer.check);
    });
  }

  /** The write pass: `send` writes each batch; the worker reads on once it resolves. A rejected `send` ends the import with its error. */
  import(file: File, mapping: ColumnTarget[], locale: CsvLocale, now: number, send: (batch: ImportBatch) => Promise<void>): Promise<ImportSummary> {
    let failed: (error: unknown) => void = () => {};
    const done = this.ask<ImportSummary>({ type: 'import', file, mapping, locale, now }, (answer, settle) => {
      if (answer.type === 'imported') settle(answer.summary);
      else if (answer.type === 'batch') send(answer.batch).then(() => this.worker.postMessage({ type: 'ack' } satisfies WorkerRequest), (error: unknown) => failed(error));
    });
    return new Promise<ImportSummary>((resolve, reject) => {
      failed = (error) => {
        this.worker.terminate();
        reject(error);
      };
      done.then(resolve, reject);
    });
  }

  close(): void {
    this.worker.terminate();
  }
}
