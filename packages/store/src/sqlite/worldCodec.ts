import type { CustomerWorld, MetricsState, RunState } from '@stayflow/engine';

/** The part of a CustomerWorld kept in `customers.world`; attributes and tags have their own columns. */
export interface StoredWorld {
  metrics: MetricsState;
  runs: RunState[];
  matching: Record<string, boolean>;
  starts: Record<string, number>;
  sentAt: number[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What is wrong with a stored customer row, or null when it has every part `encodeWorld` writes. */
function damage(attributes: unknown, tags: unknown, world: unknown): string | null {
  if (!isRecord(attributes)) return 'attributes is not an object';
  if (!Array.isArray(tags)) return 'tags is not a list';
  if (!isRecord(world)) return 'world is not an object';
  if (!isRecord(world.metrics) || typeof world.metrics.orders !== 'number') return 'world.metrics is missing or has no order count';
  const predictions = world.metrics.predictions;
  if (predictions !== undefined && (!isRecord(predictions) || typeof predictions.pAlive !== 'number' || typeof predictions.scoredAt !== 'number')) return 'world.metrics.predictions has no p_alive or scoring time';
  if (!Array.isArray(world.runs)) return 'world.runs is not a list';
  if (!isRecord(world.matching)) return 'world.matching is not an object';
  if (!isRecord(world.starts)) return 'world.starts is not an object';
  if (!Array.isArray(world.sentAt)) return 'world.sentAt is not a list';
  return null;
}

/**
 * Re-validates a stored world on read. `encodeWorld` writes every part, so a row that
 * lacks one was damaged outside the runtime; filling the gap with empty defaults would
 * silently drop the customer's runs or metrics, so this throws instead.
 */
export function decodeWorld(customerId: string, attributes: unknown, tags: unknown, stored: unknown): CustomerWorld {
  const problem = damage(attributes, tags, stored);
  if (problem !== null) throw new Error(`customer ${customerId}: stored state is damaged and cannot be read (${problem})`);
  const world = stored as unknown as StoredWorld;
  return {
    customer: { id: customerId, attributes: attributes as Record<string, unknown>, tags: tags as string[], metrics: world.metrics },
    runs: world.runs,
    matching: world.matching,
    starts: world.starts,
    sentAt: world.sentAt,
  };
}

export function encodeWorld(world: CustomerWorld): StoredWorld {
  return { metrics: world.customer.metrics, runs: world.runs, matching: world.matching, starts: world.starts, sentAt: world.sentAt };
}
