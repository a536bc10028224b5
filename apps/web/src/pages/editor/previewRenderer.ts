import { buildContext, mailBodies, renderTemplate, type CustomerView } from '@stayflow/engine';
import type { CustomerSummary } from '../../api/types.ts';

const DAY = 86_400_000;

/**
 * Renders message templates as one customer would receive them, for the editor's
 * previews. A sample coupon stands in for the one the playbook would issue.
 */
export function previewRenderer(customer: CustomerSummary | undefined, playbookName: string, now: number): (text: string, options: { html: boolean }) => string {
  const view: CustomerView = customer
    ? { id: customer.id, attributes: customer.attributes, tags: customer.tags, segments: customer.segments, metrics: customer.metrics }
    : {
        id: 'sample',
        attributes: { name: 'Alex' },
        tags: [],
        segments: [],
        metrics: { orders: 0, total_spent: 0, avg_order_value: null, first_order_at: null, last_order_at: null, days_since_last_order: null, last_nps: null, negative_feedback_90d: 0, days_since_last_seen: null, p_alive: null, expected_orders_30d: null, expected_orders_90d: null, expected_orders_365d: null, expected_order_value: null, predicted_clv: null },
      };
  const context = {
    ...buildContext(view, null, now),
    coupon: { code: 'SF-PREVIEW', percent: 15, amount: null, currency: null, valid_until: new Date(now + 30 * DAY).toISOString().slice(0, 10) },
    playbook: { name: playbookName },
  };
  // An email body is shown as the email adapter sends it: plain text keeps its line breaks.
  return (text, { html }) => (html ? `<div style="font: 14px/1.5 system-ui, sans-serif">${mailBodies(renderTemplate(text, context, { html }), true).html}</div>` : renderTemplate(text, context, { html }));
}
