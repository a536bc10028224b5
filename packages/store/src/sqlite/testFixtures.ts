import type { WorldInput } from '@stayflow/engine';
import type { AdvanceItem } from '../Store.ts';

/** Test data shared by the store's tests. */

/** An event as ingest hands it to `advance`: the world input and the row to store, received when it happened. */
export function eventItem(id: string, customerId: string, type: string, at: number, properties: Record<string, unknown> = {}): AdvanceItem {
  const input: WorldInput = { kind: 'event', event: { id, type, at, properties } };
  return { customerId, input, event: { id, customerId, type, at, properties, receivedAt: at } };
}
