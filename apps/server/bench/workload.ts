/** The server benchmark's workload: ten playbooks and the event stream they react to (importable to profile the store in-process). */
import { createRandom } from '@stayflow/examples/demo-data';
import type { Edge, Playbook, PlaybookNode, Settings } from '@stayflow/playbook';

/** Customers the events of the ingest scenarios are spread over. */
export const PLAYBOOK_CUSTOMERS = 20_000;

const chain = (nodes: PlaybookNode[]): Edge[] => nodes.slice(1).map((node, i) => ({ from: nodes[i]!.id, to: node.id }));

export function document(id: string, nodes: PlaybookNode[], extra: { edges?: Edge[]; settings?: Settings } = {}): Playbook {
  return { schema: 'stayflow/playbook@1', id, name: id, nodes, edges: extra.edges ?? chain(nodes), ...(extra.settings ? { settings: extra.settings } : {}) };
}

const inbox = (body: string) => ({ channel: 'inbox' as const, template: { subject: 'Hello', body } });

/** Ten playbooks over varied event types, with trigger filters, conditions, a switch, waits and five kinds of action. */
export function tenPlaybooks(): Playbook[] {
  return [
    document('welcome', [
      { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'new' },
      { id: 'hello', type: 'action', action: 'send_message', ...inbox('Welcome, {{customer.name | default: "friend"}}!') },
      { id: 'wait', type: 'wait', for: 'P1D' },
      { id: 'tips', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Tips', body: 'Three tips for {{customer.name}}' } },
    ]),
    document(
      'big-order',
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'order_placed', where: { '>=': [{ var: 'event.properties.amount' }, 100] } },
        { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 10, valid_for: 'P30D' },
        { id: 'thanks', type: 'action', action: 'send_message', ...inbox('Thanks! Your code {{coupon.code}}') },
        { id: 'wait', type: 'wait', for: 'P7D' },
        { id: 'call', type: 'action', action: 'create_task', title: 'Call {{customer.id}} about their big order', due_in: 'P2D' },
      ],
      { settings: { reentry: { mode: 'always' } } },
    ),
    document(
      'repeat-buyer',
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'order_placed' },
        { id: 'repeat', type: 'condition', if: { '>=': [{ var: 'customer.metrics.orders' }, 3] } },
        { id: 'tag', type: 'action', action: 'add_tag', tag: 'repeat-buyer' },
        { id: 'note', type: 'action', action: 'update_customer', set: { first_orders: true } },
      ],
      {
        edges: [
          { from: 'start', to: 'repeat' },
          { from: 'repeat', to: 'tag', port: 'true' },
          { from: 'repeat', to: 'note', port: 'false' },
        ],
        settings: { reentry: { mode: 'always' } },
      },
    ),
    document(
      'cart-rescue',
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'cart_abandoned' },
        { id: 'wait', type: 'wait_event', event: 'order_placed', timeout: 'PT4H' },
        { id: 'bought', type: 'exit' },
        { id: 'nudge', type: 'action', action: 'send_message', channel: 'push', template: { body: 'Your cart misses you' } },
      ],
      {
        edges: [
          { from: 'start', to: 'wait' },
          { from: 'wait', to: 'bought', port: 'event' },
          { from: 'wait', to: 'nudge', port: 'timeout' },
        ],
      },
    ),
    document(
      'nps',
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'nps_submitted' },
        {
          id: 'band',
          type: 'switch',
          cases: [
            { port: 'detractor', if: { '<=': [{ var: 'event.properties.score' }, 6] } },
            { port: 'promoter', if: { '>=': [{ var: 'event.properties.score' }, 9] } },
          ],
        },
        { id: 'care', type: 'action', action: 'create_task', title: 'Detractor {{customer.id}}: call', assignee: 'care' },
        { id: 'gift', type: 'action', action: 'issue_coupon', percent: 20 },
        { id: 'done', type: 'exit' },
      ],
      {
        edges: [
          { from: 'start', to: 'band' },
          { from: 'band', to: 'care', port: 'detractor' },
          { from: 'band', to: 'gift', port: 'promoter' },
          { from: 'band', to: 'done', port: 'default' },
        ],
        settings: { reentry: { mode: 'always' } },
      },
    ),
    document('bad-feedback', [
      { id: 'start', type: 'trigger', on: 'event', event: 'feedback_submitted', where: { '==': [{ var: 'event.properties.sentiment' }, 'negative'] } },
      { id: 'task', type: 'action', action: 'create_task', title: 'Answer {{customer.id}} within a day', due_in: 'PT24H' },
      { id: 'wait', type: 'wait', for: 'PT24H' },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'feedback-followed-up' },
    ]),
    document(
      'mobile-login',
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'login' },
        { id: 'mobile', type: 'condition', if: { '==': [{ var: 'event.properties.device' }, 'mobile'] } },
        { id: 'tag', type: 'action', action: 'add_tag', tag: 'mobile-user' },
        { id: 'skip', type: 'exit' },
      ],
      {
        edges: [
          { from: 'start', to: 'mobile' },
          { from: 'mobile', to: 'tag', port: 'true' },
          { from: 'mobile', to: 'skip', port: 'false' },
        ],
        settings: { reentry: { mode: 'always' } },
      },
    ),
    document('support', [
      { id: 'start', type: 'trigger', on: 'event', event: 'support_ticket' },
      { id: 'flag', type: 'action', action: 'update_customer', set: { open_ticket: true } },
      { id: 'wait', type: 'wait', for: 'PT2H' },
      { id: 'check', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Was your issue solved?' } },
    ]),
    document(
      'happy-review',
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'review_posted' },
        { id: 'good', type: 'condition', if: { '>=': [{ var: 'event.properties.rating' }, 4] } },
        { id: 'gift', type: 'action', action: 'issue_coupon', amount: 5, currency: 'USD' },
        { id: 'thanks', type: 'action', action: 'send_message', ...inbox('Thanks for the review: {{coupon.code}}') },
        { id: 'sorry', type: 'action', action: 'create_task', title: 'Low review from {{customer.id}}' },
      ],
      {
        edges: [
          { from: 'start', to: 'good' },
          { from: 'good', to: 'gift', port: 'true' },
          { from: 'gift', to: 'thanks' },
          { from: 'good', to: 'sorry', port: 'false' },
        ],
      },
    ),
    document('renewal', [
      { id: 'start', type: 'trigger', on: 'event', event: 'subscription_renewed' },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'renewed' },
      { id: 'wait', type: 'wait', for: 'P30D' },
      { id: 'ask', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'How is it going?', body: 'A month in: tell us.' } },
    ]),
  ];
}

/** A mixed stream: a sixth of it matches no trigger (page views), the rest spreads over the ten playbooks' events. */
export function eventStream(seed: number) {
  // Seeded (the demo data's generator): runs compare with each other.
  const { next: random } = createRandom(seed);
  let n = 0;
  const kinds: [string, () => Record<string, unknown>][] = [
    ['page_viewed', () => ({ path: '/pricing' })],
    ['page_viewed', () => ({ path: '/docs' })],
    ['order_placed', () => ({ amount: Math.round(random() * 200) })],
    ['order_placed', () => ({ amount: Math.round(random() * 200) })],
    ['login', () => ({ device: random() < 0.5 ? 'mobile' : 'desktop' })],
    ['signed_up', () => ({})],
    ['cart_abandoned', () => ({ value: 40 })],
    ['nps_submitted', () => ({ score: Math.floor(random() * 11) })],
    ['feedback_submitted', () => ({ sentiment: ['positive', 'neutral', 'negative'][Math.floor(random() * 3)] })],
    ['support_ticket', () => ({})],
    ['review_posted', () => ({ rating: 1 + Math.floor(random() * 5) })],
    ['subscription_renewed', () => ({})],
  ];
  return () => {
    const [type, properties] = kinds[Math.floor(random() * kinds.length)]!;
    const customer = Math.floor(random() * PLAYBOOK_CUSTOMERS);
    return { id: `bench-${seed}-${n++}`, customer_id: `cust-${String(customer).padStart(6, '0')}`, type, properties: properties() };
  };
}
