import type { CustomerRepository } from './Store.ts';

/** Reads customers in id order on a connection of its own, for work off the runtime's (the publish preview's worker). */
export interface CustomerReader {
  customers: Pick<CustomerRepository, 'ids' | 'page' | 'count'>;
  close(): Promise<void>;
}
