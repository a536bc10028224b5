import type { LogicData } from '@stayflow/logic';
import { buildContext } from '../buildContext.ts';
import type { CustomerView } from '../CustomerView.ts';
import { liveMetrics, type MetricsClock } from '../metrics/liveMetrics.ts';
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
 */
export function customerContext(customer: WorldCustomer, env: Pick<ReactEnv, 'segments'>, now: number): CustomerContext {
  let cached = (customer as WithContext)[CONTEXT] ?? frozenCustomers.get(customer);
  if (cached === undefined) {
    const clock = { now };
    const view: CustomerView = { id: customer.id, attributes: customer.attributes, tags: customer.tags, segments: [], metrics: liveMetrics(customer.metrics, clock) };
    cached = { view, data: buildContext(view, null, now) as CustomerContext['data'], clock, segmented: false };
    if (Object.isExtensible(customer)) Object.defineProperty(customer, CONTEXT, { value: cached });
    else frozenCustomers.set(customer, cached);
  } else if (cached.clock.now !== now) {
    cached.clock.now = now;
    cached.data.now = isoAt(now);
  }
  const definitions = env.segments;
  if (definitions !== undefined && definitions.length > 0) {
    const segments: string[] = [];
    cached.view.segments = segments;
    cached.data.customer.segments = segments;
    for (const segment of definitions) if (segment.test(cached.data)) segments.push(segment.name);
    cached.segmented = segments.length > 0;
  } else if (cached.segmented) {
    cached.view.segments = [];
    cached.data.customer.segments = cached.view.segments;
    cached.segmented = false;
  }
  return cached;
}
