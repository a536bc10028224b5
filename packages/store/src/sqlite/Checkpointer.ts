import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Copies the write-ahead log back into the database from a worker thread, on its own
 * connection, so the request path never pays for a checkpoint (SQLite's automatic one
 * runs inside whichever commit crosses the threshold). WAL mode lets a passive
 * checkpoint run beside the writer.
 */
export class Checkpointer {
  private readonly worker: Worker;

  constructor(file: string, everyMs = 500) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const Database = require(workerData.driver);
       const db = new Database(workerData.file);
       db.pragma('busy_timeout = 5000');
       const checkpoint = (mode) => { try { db.pragma('wal_checkpoint(' + mode + ')'); } catch {} };
       const timer = setInterval(() => checkpoint('PASSIVE'), workerData.everyMs);
       parentPort.on('message', () => { clearInterval(timer); checkpoint('TRUNCATE'); db.close(); parentPort.close(); });`,
      { eval: true, workerData: { driver, file, everyMs } },
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
