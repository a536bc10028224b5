/**
 * The shape of what conditions and message templates can read (spec: "Logic").
 * The engine computes these; the validator and the editor's pickers offer them.
 */
export const CUSTOMER_METRICS = [
  'orders',
  'total_spent',
  'avg_order_value',
  'first_order_at',
  'last_order_at',
  'days_since_last_order',
  'last_nps',
  'negative_feedback_90d',
  'days_since_last_seen',
  // From the customer-base models (apps/server README, "Predictions"); null until the customer is scored.
  'p_alive',
  'expected_orders_30d',
  'expected_orders_90d',
  'expected_orders_365d',
  'expected_order_value',
  'predicted_clv',
] as const;
export type CustomerMetric = (typeof CUSTOMER_METRICS)[number];

export const COUPON_FIELDS = ['code', 'percent', 'amount', 'currency', 'valid_until'] as const;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether a `{{placeholder}}` path names something the runtime can fill in. */
export function isKnownPlaceholder(path: string): boolean {
  const [root, second, third, ...rest] = path.split('.');
  switch (root) {
    case 'customer':
      if (second === 'metrics') return third !== undefined && rest.length === 0 && (CUSTOMER_METRICS as readonly string[]).includes(third);
      return second !== undefined && IDENTIFIER.test(second) && third === undefined;
    case 'event':
      if (second === 'properties') return third !== undefined && IDENTIFIER.test(third);
      return (second === 'type' || second === 'at') && third === undefined;
    case 'coupon':
      return second !== undefined && third === undefined && (COUPON_FIELDS as readonly string[]).includes(second);
    case 'playbook':
      return second === 'name' && third === undefined;
    case 'now':
      return second === undefined;
    default:
      return false;
  }
}
