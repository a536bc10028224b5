import type { IncomingCustomer, IncomingEvent } from '../../runtime/Runtime.ts';
import type { SegmentOutcome } from './mapSegmentMessage.ts';

/** Consecutive messages of one kind, written with one runtime call: customer updates or events. */
export type SegmentWrite = { kind: 'customers'; customers: IncomingCustomer[] } | { kind: 'events'; events: IncomingEvent[] };

/**
 * The writes of a request's stored messages, in the order they were sent: each run of
 * identify/group calls is one customer upsert, each run of track/page/screen calls one event
 * ingest. Order matters: a playbook started by an order reads the email an identify just before
 * it set.
 */
export function segmentWrites(outcomes: readonly SegmentOutcome[]): SegmentWrite[] {
  const writes: SegmentWrite[] = [];
  for (const outcome of outcomes) {
    const last = writes.at(-1);
    if (outcome.kind === 'customer') {
      if (last?.kind === 'customers') last.customers.push(outcome.customer);
      else writes.push({ kind: 'customers', customers: [outcome.customer] });
    } else if (outcome.kind === 'event') {
      if (last?.kind === 'events') last.events.push(outcome.event);
      else writes.push({ kind: 'events', events: [outcome.event] });
    }
  }
  return writes;
}
