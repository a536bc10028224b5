import type { LogicData } from '@stayflow/logic';
import type { CustomerView } from './CustomerView.ts';
import type { EngineEvent } from './EngineEvent.ts';
import { isoAt } from './time/isoAt.ts';

/**
 * The data conditions read (spec "Logic"): attributes at the customer's top
 * level beside `id`, `tags`, `segments` and `metrics` (which an attribute of the
 * same name cannot shadow); the event with its properties both at its top
 * level (`event.score`) and under `event.properties` (`event.properties.score`),
 * `type` and `at` winning over properties of those names; `now` as ISO 8601.
 */
export function buildContext(customer: CustomerView, event: EngineEvent | null, now: number): LogicData {
  const record: Record<string, unknown> = { id: customer.id, tags: customer.tags, segments: customer.segments, metrics: customer.metrics };
  copyInto(record, customer.attributes);
  return { customer: record, event: event === null ? null : eventContext(event), now: isoAt(now) };
}

function eventContext(event: EngineEvent): Record<string, unknown> {
  const record: Record<string, unknown> = { type: event.type, at: isoAt(event.at), properties: event.properties };
  copyInto(record, event.properties);
  return record;
}

/**
 * Copies own properties the target does not have yet. A loop rather than
 * `{ ...source, id }`, which V8 makes an order of magnitude slower, and this
 * runs for every customer at every sweep; `__proto__` (an ordinary key in
 * parsed JSON) is defined, never assigned, so it cannot replace a prototype.
 */
function copyInto(target: Record<string, unknown>, source: Readonly<Record<string, unknown>>): void {
  for (const key of Object.keys(source)) {
    if (Object.hasOwn(target, key)) continue;
    if (key === '__proto__') Object.defineProperty(target, key, { value: source[key], enumerable: true, writable: true, configurable: true });
    else target[key] = source[key];
  }
}
