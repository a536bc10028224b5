import type { Playbook } from '../schema/index.ts';

/** A small valid playbook that tests break one rule at a time. */
export function churnPlaybook(): Playbook {
  return {
    schema: 'stayflow/playbook@1',
    id: 'churn-early-warning',
    name: 'Churn early warning',
    settings: { timezone: 'Asia/Shanghai', goal: { event: 'order_placed', within: 'P30D' } },
    nodes: [
      { id: 'start', type: 'trigger', on: 'segment', if: { '>': [{ var: 'customer.metrics.days_since_last_order' }, 90] } },
      { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 15, valid_for: 'P14D' },
      {
        id: 'mail',
        type: 'action',
        action: 'send_message',
        channel: 'email',
        template: { subject: 'We miss you, {{customer.name | default: "friend"}}', body: 'Here is {{coupon.code}}.' },
      },
      { id: 'wait_order', type: 'wait_event', event: 'order_placed', timeout: 'P14D' },
      { id: 'call', type: 'action', action: 'create_task', title: 'Call {{customer.name}}', due_in: 'P2D' },
      { id: 'done', type: 'exit' },
    ],
    edges: [
      { from: 'start', to: 'coupon' },
      { from: 'coupon', to: 'mail' },
      { from: 'mail', to: 'wait_order' },
      { from: 'wait_order', to: 'call', port: 'timeout' },
      { from: 'wait_order', to: 'done', port: 'event' },
    ],
  };
}
