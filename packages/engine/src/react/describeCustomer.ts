import { buildContext } from '../buildContext.ts';
import type { CustomerView } from '../CustomerView.ts';
import { metricsAt } from '../metrics/metricsAt.ts';
import type { CompiledSegment } from './compileSegment.ts';
import type { EngineDiagnostic } from '../rules/EngineDiagnostic.ts';
import type { WorldCustomer } from './CustomerWorld.ts';

/**
 * A customer as conditions would see them at `now`, for reading (the API's customer
 * answer, segment member counts): metrics as of now and the segments they match, each
 * segment seeing the ones listed before it, as in `react`. A segment rule stopped by a
 * limit does not match and is added to `diagnostics`.
 */
export function describeCustomer(customer: WorldCustomer, segments: readonly CompiledSegment[], now: number, diagnostics?: EngineDiagnostic[]): CustomerView {
  const matched: string[] = [];
  const view: CustomerView = { id: customer.id, attributes: customer.attributes, tags: customer.tags, segments: matched, metrics: metricsAt(customer.metrics, now) };
  const data = buildContext(view, null, now);
  for (const segment of segments) if (segment.test(data, diagnostics)) matched.push(segment.name);
  return view;
}
