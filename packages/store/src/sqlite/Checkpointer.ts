import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** WAL bytes kept after a checkpoint resets the log (SQLite truncates the file down to this). */
export const JOURNAL_SIZE_LIMIT = 8 * 1024 * 1024;

export interface CheckpointerOptions {
  /** How often to copy the WAL back into the database (PASSIVE: never waits for anyone). */
  everyMs?: number;
  /** After this long without a commit, the WAL is emptied and truncated to zero bytes. */
  idleMs?: number;
}

/**
 * Copies the write-ahead log back into the database from a worker thread, on its own
 * connection, so the request path never pays for a checkpoint (SQLite's automatic one
 * runs inside whichever commit crosses the threshold). WAL mode lets a passive
 * checkpoint run beside the writer.
 *
 * A passive checkpoint never shrinks the file, and a burst of writes can leave a WAL of
 * many megabytes behind. So once the database has been idle for `idleMs` (no commit from
 * any connection: `PRAGMA data_version` has not moved) and the WAL still holds frames, a
 * TRUNCATE checkpoint empties it to zero bytes. It is tried without waiting (busy timeout
 * 0), so it never holds up a writer; a busy attempt is simply retried at the next tick.
 */
export class Checkpointer {
  private readonly worker: Worker;

  constructor(file: string, options: CheckpointerOptions = {}) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const everyMs = options.everyMs ?? 500;
    const idleMs = options.idleMs ?? 3_000;
    this.worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const Database = require(workerData.driver);
       const db = new Database(workerData.file);
       db.pragma('busy_timeout = 5000');
       db.pragma('journal_size_limit = ' + workerData.journalSizeLimit);
       const checkpoint = (mode) => { try { return db.pragma('wal_checkpoint(' + mode + ')')[0]; } catch { return undefined; } };
       let version = db.pragma('data_version', { simple: true });
       let lastChange = Date.now();
       const tick = () => {
         const result = checkpoint('PASSIVE');
         const now = Date.now();
         const current = db.pragma('data_version', { simple: true });
         if (current !== version) { version = current; lastChange = now; return; }
         if (!result || result.log === 0 || now - lastChange < workerData.idleMs) return;
         db.pragma('busy_timeout = 0');
         checkpoint('TRUNCATE');
         db.pragma('busy_timeout = 5000');
       };
       const timer = setInterval(tick, workerData.everyMs);
       parentPort.on('message', () => { clearInterval(timer); checkpoint('TRUNCATE'); db.close(); parentPort.close(); });`,
      { eval: true, workerData: { driver, file, everyMs, idleMs, journalSizeLimit: JOURNAL_SIZE_LIMIT } },
    );
    this.worker.unref();
  }

  /** A last full checkpoint, then the thread ends. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    // Unreferenced, the thread would not keep the process alive long enough to finish.
    this.worker.ref();
    this.worker.postMessage('stop');
    await exited;
  }
}
