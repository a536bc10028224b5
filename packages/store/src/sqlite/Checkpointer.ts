import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** WAL bytes kept after a checkpoint resets the log (SQLite truncates the file down to this). */
export const JOURNAL_SIZE_LIMIT = 8 * 1024 * 1024;

export interface CheckpointerOptions {
  /** How often to copy the WAL back into the database (PASSIVE: never waits for anyone). */
  everyMs?: number;
  /** After this long without a commit, the WAL is emptied and truncated to zero bytes. */
  idleMs?: number;
  /** Once the WAL holds more than this many bytes, it is emptied even while writes go on (RESTART_ABOVE_BYTES). */
  restartAboveBytes?: number;
  /** How long that checkpoint may wait for the writer and readers before it gives up until the next tick (RESTART_WAIT_MS). */
  restartWaitMs?: number;
}

/** Past this much WAL, a checkpoint that empties it runs under load too: the disk stays near the database's size. */
export const RESTART_ABOVE_BYTES = 64 * 1024 * 1024;

/**
 * The most that checkpoint waits for a commit or a read in progress (it holds the write
 * lock meanwhile, so a commit can wait this long too); busy, it is retried at the next tick.
 */
export const RESTART_WAIT_MS = 200;

/**
 * Slots of the array shared with the thread: the store's writer is in a transaction; the
 * thread's checkpoint holds (or is about to take) the write lock; writes waiting for it to end.
 */
const WRITING = 0;
const RESETTING = 1;
const WAITING = 2;
/** How long a waiting writer sleeps before it looks at the gate again, should a notification be missed. */
const GATE_RECHECK_MS = 50;

/** Runs a synchronous write on the store's connection when the database lets it: `Checkpointer.whileWriting`, or at once without one. */
export type WriteGuard = <T>(write: () => T) => Promise<T>;

/** `Atomics.waitAsync` (Node 16+; not in the ES2023 library types). */
const waitAsync = (Atomics as unknown as { waitAsync(array: Int32Array, index: number, value: number, timeoutMs: number): { async: boolean; value: Promise<string> | string } }).waitAsync;

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
 *
 * Under sustained writes the database is never idle, and passive checkpoints never let
 * the log start over: each copies the frames that were there when it began while the
 * writer appends more, so the WAL would grow for as long as the load lasts (8.9 GB beside a
 * 473 MB database in one import). So once the WAL holds more than `restartAboveBytes`
 * after a passive pass, a RESTART checkpoint runs at once: it copies the few frames the
 * passive pass left (written during the last tick), waiting at most `restartWaitMs` for
 * the writer's transaction and older readers to finish, so that the next commit starts the
 * log over from its beginning and cuts the file to `journal_size_limit`. A commit waits
 * while it runs; a busy attempt is retried at the next tick. (TRUNCATE here would also
 * give the file back to the file system, only for the writer to grow it again at once.)
 *
 * Those two checkpoints hold the write lock, and a `BEGIN IMMEDIATE` on the store's
 * connection meanwhile would wait in SQLite's busy handler, synchronously: the whole event
 * loop stopped for as long as the checkpoint (up to 250 ms seen while loading), and then some,
 * as the handler sleeps in growing steps. So the store's writes pass a gate shared with the
 * thread (`whileWriting`): the thread takes the write lock only between two of them, and
 * a write that comes while it holds it waits for it asynchronously, the event loop serving
 * other requests meanwhile. Writes that do not pass the gate still wait as before.
 */
export class Checkpointer {
  private readonly worker: Worker;
  private readonly gate = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));

  constructor(file: string, options: CheckpointerOptions = {}) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const everyMs = options.everyMs ?? 500;
    const idleMs = options.idleMs ?? 3_000;
    const restartAboveBytes = options.restartAboveBytes ?? RESTART_ABOVE_BYTES;
    const restartWaitMs = options.restartWaitMs ?? RESTART_WAIT_MS;
    this.worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const Database = require(workerData.driver);
       const db = new Database(workerData.file);
       db.pragma('busy_timeout = 5000');
       db.pragma('journal_size_limit = ' + workerData.journalSizeLimit);
       const checkpoint = (mode) => { try { return db.pragma('wal_checkpoint(' + mode + ')')[0]; } catch { return undefined; } };
       const pageSize = db.pragma('page_size', { simple: true });
       const gate = new Int32Array(workerData.gate);
       // Between two of the writer's transactions only: it finishes the one it is in and begins no other until this is done.
       // Not while writes wait for the last one: a reset that cannot finish (an old reader) and is retried at every
       // tick would otherwise keep them waiting for as long as the reader lasts.
       const emptyLog = (mode, waitMs) => {
         if (Atomics.load(gate, ${WAITING}) > 0) return;
         Atomics.store(gate, ${RESETTING}, 1);
         try {
           if (Atomics.wait(gate, ${WRITING}, 1, waitMs) === 'timed-out') return;
           db.pragma('busy_timeout = ' + waitMs);
           checkpoint(mode);
           db.pragma('busy_timeout = 5000');
         } finally {
           Atomics.store(gate, ${RESETTING}, 0);
           Atomics.notify(gate, ${RESETTING});
         }
       };
       let version = db.pragma('data_version', { simple: true });
       let lastChange = Date.now();
       const tick = () => {
         const result = checkpoint('PASSIVE');
         if (result && result.log * pageSize > workerData.restartAboveBytes) return emptyLog('RESTART', workerData.restartWaitMs);
         const now = Date.now();
         const current = db.pragma('data_version', { simple: true });
         if (current !== version) { version = current; lastChange = now; return; }
         if (!result || result.log === 0 || now - lastChange < workerData.idleMs) return;
         emptyLog('TRUNCATE', 0);
       };
       const timer = setInterval(tick, workerData.everyMs);
       parentPort.on('message', () => { clearInterval(timer); checkpoint('TRUNCATE'); db.close(); parentPort.close(); });`,
      { eval: true, workerData: { driver, file, gate: this.gate.buffer, everyMs, idleMs, restartAboveBytes, restartWaitMs, journalSizeLimit: JOURNAL_SIZE_LIMIT } },
    );
    this.worker.unref();
  }

  /**
   * Runs `write`, a synchronous transaction on the store's connection, once no checkpoint
   * that resets the log holds the write lock (waiting for it without blocking the event
   * loop); the thread starts none while `write` runs.
   */
  async whileWriting<T>(write: () => T): Promise<T> {
    let waiting = false;
    try {
      for (;;) {
        const resetting = Atomics.load(this.gate, RESETTING);
        if (resetting !== 0) {
          if (!waiting) Atomics.add(this.gate, WAITING, 1);
          waiting = true;
          const waited = waitAsync(this.gate, RESETTING, resetting, GATE_RECHECK_MS);
          if (waited.async) {
            // A pending waitAsync does not keep the process alive (a script with nothing else to wait for would exit): this timer does.
            // It outlasts the wait's own timeout: firing first, it left a moment with nothing to keep the process up (a script exited with 13).
            const keepAlive = setTimeout(() => undefined, 2 * GATE_RECHECK_MS);
            await waited.value;
            clearTimeout(keepAlive);
          }
          continue;
        }
        Atomics.store(this.gate, WRITING, 1);
        // The thread may have raised its flag meanwhile (before seeing ours): then it goes first.
        if (Atomics.load(this.gate, RESETTING) === 0) break;
        this.writeDone();
      }
    } finally {
      if (waiting) Atomics.sub(this.gate, WAITING, 1);
    }
    try {
      return write();
    } finally {
      this.writeDone();
    }
  }

  private writeDone(): void {
    Atomics.store(this.gate, WRITING, 0);
    Atomics.notify(this.gate, WRITING);
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
