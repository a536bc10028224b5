import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface BackupOptions {
  /** Replace `target` if it exists (else the backup is refused). */
  overwrite?: boolean;
  /** Wall-clock milliseconds, for the report. */
  now?: () => number;
}

export type BackupResult =
  | {
      ok: true;
      target: string;
      bytes: number;
      /** When the copy's snapshot was taken: it holds every transaction committed before. */
      startedAt: number;
      finishedAt: number;
      customers: number;
      events: number;
    }
  | { ok: false; code: 'source_missing' | 'target_exists' | 'target_folder_missing' | 'copy_failed'; message: string };

/** Flushes a file (or a folder's entry list) to the disk. */
function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const countRows = (db: Database.Database, table: string): number => {
  const present = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table);
  return present ? (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n : 0;
};

/**
 * Copies the SQLite database at `source` to `target` while a server may be writing to it.
 * `VACUUM INTO` reads in one transaction, so the copy is the database as of one instant
 * (every transaction committed before it started, none after); in WAL mode the writer
 * goes on meanwhile. The copy is written beside the target under a temporary name,
 * checked (`PRAGMA quick_check`), flushed to disk and only then given its name, so a
 * failed or interrupted backup never leaves a partial file where the backup should be.
 * Deleted rows (an erased customer) are not carried into the copy: it is rebuilt from
 * the live rows.
 */
export function backupSqlite(source: string, target: string, options: BackupOptions = {}): BackupResult {
  const now = options.now ?? Date.now;
  if (!existsSync(source)) return { ok: false, code: 'source_missing', message: `There is no database at ${source}.` };
  if (!existsSync(dirname(target))) return { ok: false, code: 'target_folder_missing', message: `The folder ${dirname(target)} does not exist.` };
  if (existsSync(target) && !options.overwrite) return { ok: false, code: 'target_exists', message: `${target} already exists.` };

  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${now()}`);
  let db: Database.Database | undefined;
  try {
    db = new Database(source, { fileMustExist: true });
    // The server may be committing: wait for a lock rather than fail.
    db.pragma('busy_timeout = 10000');
    const startedAt = now();
    db.prepare('VACUUM INTO ?').run(partial);
    db.close();
    db = undefined;

    const copy = new Database(partial, { readonly: true, fileMustExist: true });
    let counts: { customers: number; events: number };
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
      counts = { customers: countRows(copy, 'customers'), events: countRows(copy, 'events') };
    } finally {
      copy.close();
    }
    fsyncPath(partial);
    if (options.overwrite) renameSync(partial, target);
    else {
      // A hard link fails if the target appeared meanwhile: never replace a file that was not ours to replace.
      linkSync(partial, target);
      rmSync(partial);
    }
    try {
      fsyncPath(dirname(target));
    } catch {
      // Not every platform can open a folder to flush it (Windows); the file itself is flushed.
    }
    return { ok: true, target, bytes: statSync(target).size, startedAt, finishedAt: now(), ...counts };
  } catch (error) {
    db?.close();
    rmSync(partial, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, code: 'target_exists', message: `${target} already exists.` };
    return { ok: false, code: 'copy_failed', message: `Copying ${source} to ${target} failed: ${reason}.` };
  }
}
