import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** A lease owner's name for one opened store: the machine, the process and a random part (two stores in one process differ), readable in the database. */
export function leaseOwner(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}
