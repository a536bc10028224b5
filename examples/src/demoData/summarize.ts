import { DAY } from './timeline.ts';
import { BEHAVIOURS, INDUSTRIES, type Behaviour, type DemoRecord, type Industry } from './types.ts';

/** Days since the last `order_placed`, in the buckets the default segments care about. */
export const RECENCY_BUCKETS = ['0-30', '31-60', '61-120', '121-180', '181+', 'never'] as const;
export type RecencyBucket = (typeof RECENCY_BUCKETS)[number];

export interface DemoSummary {
  customers: number;
  events: number;
  byIndustry: Record<Industry, number>;
  byBehaviour: Record<Behaviour, number>;
  /** Customers per industry and behaviour. */
  matrix: Record<Industry, Record<Behaviour, number>>;
  eventsByType: Record<string, number>;
  /** Customers by days since their last order. */
  lastOrder: Record<RecencyBucket, number>;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function bucket(days: number): RecencyBucket {
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 120) return '61-120';
  if (days <= 180) return '121-180';
  return '181+';
}

/** Counts a demo data set as it streams past; order recency is measured back from `nowMs`. */
export function summarize(records: Iterable<DemoRecord>, nowMs: number): DemoSummary {
  const summary: DemoSummary = {
    customers: 0,
    events: 0,
    byIndustry: zeros(INDUSTRIES),
    byBehaviour: zeros(BEHAVIOURS),
    matrix: Object.fromEntries(INDUSTRIES.map((industry) => [industry, zeros(BEHAVIOURS)])) as Record<Industry, Record<Behaviour, number>>,
    eventsByType: {},
    lastOrder: zeros(RECENCY_BUCKETS),
  };
  const lastOrderAt = new Map<string, number>();
  for (const record of records) {
    if (record.kind === 'customer') {
      const { industry, demo_behaviour: behaviour } = record.attributes;
      summary.customers++;
      summary.byIndustry[industry]++;
      summary.byBehaviour[behaviour]++;
      summary.matrix[industry][behaviour]++;
      continue;
    }
    summary.events++;
    summary.eventsByType[record.type] = (summary.eventsByType[record.type] ?? 0) + 1;
    if (record.type === 'order_placed') {
      const at = Date.parse(record.at);
      if (at > (lastOrderAt.get(record.customer_id) ?? -Infinity)) lastOrderAt.set(record.customer_id, at);
    }
  }
  for (const at of lastOrderAt.values()) summary.lastOrder[bucket((nowMs - at) / DAY)]++;
  summary.lastOrder.never = summary.customers - lastOrderAt.size;
  return summary;
}
