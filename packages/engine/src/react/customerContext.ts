import type { LogicData } from '@stayflow/logic';
import { buildContext } from '../buildContext.ts';
import type { CustomerView } from '../CustomerView.ts';
import { liveMetrics, type MetricsClock } from '../metrics/liveMetrics.ts';
import type { EngineDiagnostic } from '../rules/EngineDiagnostic.ts';
import type { ReactionBudget } from '../rules/ReactionBudget.ts';
import { isoAt } from '../time/isoAt.ts';
import type { ReactEnv, WorldCustomer } from './CustomerWorld.ts';

export interface CustomerContext {
  /** The customer as steps see them. */
  view: CustomerView;
  /** The Logic context without an event; `data.customer` holds the same tags, segments and metrics as `view`. */
  data: LogicData & { customer: Record<string, unknown> };
  clock: MetricsClock;
  /** Whether `view.segments` may be non-empty (checked here, so a sweep without segments never touches the view). */
  segmented: boolean;
  /** The reaction (its budget), instant and definitions the segments were last evaluated for. */
  segmentsFor: SegmentsKey | null;
}

interface SegmentsKey {
  budget: ReactionBudget;
  now: number;
  definitions: ReactEnv['segments'];
  /** Whether the reaction budget stopped none of them: the answer is then the one an evaluation without a budget gives. */
  exact: boolean;
}

// One view and Logic context per customer state (`WorldCustomer` objects are
// never modified, only replaced); when time moves on only its clock moves, so a
// sweep of every customer allocates almost nothing. It hangs off the customer
// object under a symbol and is not enumerable: JSON, spreads and
// structuredClone never see it, and finding it is one property load, where a
// WeakMap costs a hash probe into a table as large as the customer base (the
// fallback for frozen objects). Only ever read within one synchronous `react`
// call, so sharing it between calls cannot be observed.
const CONTEXT: unique symbol = Symbol('stayflow.engine.customerContext');
type WithContext = WorldCustomer & { [CONTEXT]?: CustomerContext };
const frozenCustomers = new WeakMap<WorldCustomer, CustomerContext>();

/**
 * The customer as conditions see them at `now`: metrics as of now and the
 * segments they match, each segment seeing the ones listed before it.
 *
 * Within one reaction (the same `budget`) the segments of a customer state are
 * evaluated once: asked again at the same instant, with the same definitions,
 * the answer is reused (a sweep that is not quiet looks at them twice).
 * Customer states are never modified, only replaced, so any change to the
 * customer is a new object and evaluates them again. A stop while evaluating
 * them was reported in `diagnostics` the first time, which belongs to the same
 * reaction.
 */
export function customerContext(
  customer: WorldCustomer,
  env: Pick<ReactEnv, 'segments'>,
  now: number,
  diagnostics?: EngineDiagnostic[],
  budget?: ReactionBudget,
): CustomerContext {
  let cached = (customer as WithContext)[CONTEXT] ?? frozenCustomers.get(customer);
  if (cached === undefined) {
    const clock = { now };
    const view: CustomerView = { id: customer.id, attributes: customer.attributes, tags: customer.tags, segments: [], metrics: liveMetrics(customer.metrics, clock) };
    cached = { view, data: buildContext(view, null, now) as CustomerContext['data'], clock, segmented: false, segmentsFor: null };
    if (Object.isExtensible(customer)) Object.defineProperty(customer, CONTEXT, { value: cached });
    else frozenCustomers.set(customer, cached);
  } else if (cached.clock.now !== now) {
    cached.clock.now = now;
    cached.data.now = isoAt(now);
  }
  const definitions = env.segments;
  if (definitions !== undefined && definitions.length > 0) {
    const key = cached.segmentsFor;
    if (budget !== undefined && key !== null && key.budget === budget && key.now === now && key.definitions === definitions) return cached;
    const segments: string[] = [];
    cached.view.segments = segments;
    cached.data.customer.segments = segments;
    const stoppedBefore = budget?.stopped;
    for (const segment of definitions) if (segment.test(cached.data, diagnostics, budget)) segments.push(segment.name);
    cached.segmented = segments.length > 0;
    cached.segmentsFor = budget === undefined ? null : { budget, now, definitions, exact: budget.stopped === stoppedBefore };
  } else if (cached.segmented) {
    cached.view.segments = [];
    cached.data.customer.segments = cached.view.segments;
    cached.segmented = false;
  }
  return cached;
}

/**
 * The named segments this customer state matches, when this reaction (`budget`) already
 * evaluated them at `now` with these definitions and the reaction budget stopped none of
 * them; else `undefined` (nothing is evaluated here). The answer is then the same as
 * `describeCustomer` gives: a rule stopped by its own limit does not match in both, and a
 * stop by the reaction budget, which `describeCustomer` has not, makes it `undefined`.
 */
export function evaluatedSegments(customer: WorldCustomer, env: Pick<ReactEnv, 'segments'>, now: number, budget: ReactionBudget): readonly string[] | undefined {
  const definitions = env.segments;
  if (definitions === undefined || definitions.length === 0) return undefined;
  const cached = (customer as WithContext)[CONTEXT] ?? frozenCustomers.get(customer);
  const key = cached?.segmentsFor;
  if (cached === undefined || key === undefined || key === null) return undefined;
  return key.exact && key.budget === budget && key.now === now && key.definitions === definitions ? cached.view.segments : undefined;
}
