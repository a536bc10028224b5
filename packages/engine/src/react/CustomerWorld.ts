import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { EngineEvent } from '../EngineEvent.ts';
import { emptyMetrics, type MetricsState } from '../metrics/MetricsState.ts';
import type { CustomerPredictions } from '../predictions/CustomerPredictions.ts';
import type { RunState } from '../run/RunState.ts';
import type { CompiledSegment } from './compileSegment.ts';

export interface WorldCustomer {
  id: string;
  attributes: Record<string, unknown>;
  tags: string[];
  metrics: MetricsState;
}

/**
 * Everything the engine needs to know about one customer, as JSON: the durable
 * runtime loads it, calls `react`, and stores the result in one transaction.
 */
export interface CustomerWorld {
  customer: WorldCustomer;
  /** This customer's runs: the active ones, plus finished ones still needed for reentry and goal windows. */
  runs: RunState[];
  /** Per playbook id, whether the customer matched its segment trigger when last evaluated. */
  matching: Record<string, boolean>;
  /** Per playbook id, how many runs were ever started: numbers run ids and enforces reentry `never`. */
  starts: Record<string, number>;
  /** When messages were sent to this customer, within the longest frequency-cap window. */
  sentAt: number[];
}

export type WorldInput =
  | { kind: 'event'; event: EngineEvent }
  | { kind: 'customer'; attributes?: Record<string, unknown>; tags?: string[] }
  | { kind: 'timer'; timer: string }
  | { kind: 'sweep' }
  | { kind: 'schedule'; playbookId: string }
  | { kind: 'enroll'; playbookId: string }
  /** A date trigger fell due; with `at`, a fire that no longer matches the customer's date is ignored (and rescheduled). */
  | { kind: 'date'; playbookId: string; at?: number }
  /** The customer was scored by the customer-base models (null: the last fit could not score them); segment triggers and `exit_when` see the new figures. */
  | { kind: 'predictions'; predictions: CustomerPredictions | null };

export interface ReactEnv {
  now: number;
  /** The live (published, not paused) version of each playbook: new runs start on these. */
  playbooks: readonly CompiledPlaybook[];
  segments?: readonly CompiledSegment[];
  /** Older versions for runs that entered before a republish; a run keeps its version. */
  playbookById?: (id: string, version: number) => CompiledPlaybook | undefined;
}

export function newWorld(customer: { id: string; attributes?: Record<string, unknown>; tags?: string[] }): CustomerWorld {
  return {
    customer: { id: customer.id, attributes: { ...customer.attributes }, tags: [...(customer.tags ?? [])], metrics: emptyMetrics() },
    runs: [],
    matching: {},
    starts: {},
    sentAt: [],
  };
}
