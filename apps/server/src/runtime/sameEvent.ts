import type { StoredEvent } from '@stayflow/store';
import { canonicalJson } from '../services/documentHash.ts';
import type { IncomingEvent } from './Runtime.ts';

/**
 * Whether an event sent again under a stored event's id is the same event (a retry: a
 * duplicate) or another one (a conflict). The same customer, type and properties (compared as
 * canonical JSON, so key order does not matter), and the same `at` when the retry gives one:
 * an event sent without `at` is dated on arrival, so its retry is dated later.
 */
export function sameEvent(incoming: IncomingEvent, stored: StoredEvent): boolean {
  return (
    incoming.customer_id === stored.customerId &&
    incoming.type === stored.type &&
    (incoming.at === undefined || incoming.at === stored.at) &&
    canonicalJson(incoming.properties ?? {}) === canonicalJson(stored.properties)
  );
}
