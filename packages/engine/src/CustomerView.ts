import type { CustomerMetrics } from './metrics/metricsAt.ts';

/** A customer as one evaluation sees it: attributes, tags, the segments they match and their metrics, now. */
export interface CustomerView {
  id: string;
  attributes: Record<string, unknown>;
  tags: string[];
  segments: string[];
  metrics: CustomerMetrics;
}
