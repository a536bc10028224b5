import { emptyMetrics, type CustomerWorld, type MetricsState, type RunState } from '@stayflow/engine';

/** The part of a CustomerWorld kept in `customers.world`; attributes and tags have their own columns. */
export interface StoredWorld {
  metrics: MetricsState;
  runs: RunState[];
  matching: Record<string, boolean>;
  starts: Record<string, number>;
  sentAt: number[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Re-validates a stored world on read. A row written by this code always passes; one
 * that does not was damaged outside the runtime, and running on it would be worse than
 * stopping, so this throws.
 */
export function decodeWorld(customerId: string, attributes: unknown, tags: unknown, stored: unknown): CustomerWorld {
  const world = isRecord(stored) ? stored : {};
  const metrics = isRecord(world.metrics) ? (world.metrics as unknown as MetricsState) : emptyMetrics();
  if (
    !isRecord(attributes) ||
    !Array.isArray(tags) ||
    !Array.isArray(world.runs ?? []) ||
    !isRecord(world.matching ?? {}) ||
    !isRecord(world.starts ?? {}) ||
    !Array.isArray(world.sentAt ?? []) ||
    typeof metrics.orders !== 'number'
  ) {
    throw new Error(`customer ${customerId}: stored state is damaged and cannot be read`);
  }
  return {
    customer: { id: customerId, attributes, tags: tags as string[], metrics },
    runs: (world.runs ?? []) as RunState[],
    matching: (world.matching ?? {}) as Record<string, boolean>,
    starts: (world.starts ?? {}) as Record<string, number>,
    sentAt: (world.sentAt ?? []) as number[],
  };
}

export function encodeWorld(world: CustomerWorld): StoredWorld {
  return { metrics: world.customer.metrics, runs: world.runs, matching: world.matching, starts: world.starts, sentAt: world.sentAt };
}
