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
  return {
    customer: { ...customer.attributes, id: customer.id, tags: customer.tags, segments: customer.segments, metrics: customer.metrics },
    event: event === null ? null : eventContext(event),
    now: isoAt(now),
  };
}

export function eventContext(event: EngineEvent): Record<string, unknown> {
  return { ...event.properties, type: event.type, at: isoAt(event.at), properties: event.properties };
}
