import { buildContext } from '../buildContext.ts';
import type { CustomerView } from '../CustomerView.ts';
import { metricsAt } from '../metrics/metricsAt.ts';
import type { CompiledSegment } from './compileSegment.ts';
import type { WorldCustomer } from './CustomerWorld.ts';

/**
 * A customer as conditions would see them at `now`, for reading (the API's customer
 * answer, segment member counts): metrics as of now and the segments they match, each
 * segment seeing the ones listed before it, as in `react`.
 */
export function describeCustomer(customer: WorldCustomer, segments: readonly CompiledSegment[], now: number): CustomerView {
  const matched: string[] = [];
  const view: CustomerView = { id: customer.id, attributes: customer.attributes, tags: customer.tags, segments: matched, metrics: metricsAt(customer.metrics, now) };
  const data = buildContext(view, null, now);
  for (const segment of segments) if (segment.test(data)) matched.push(segment.name);
  return view;
}
