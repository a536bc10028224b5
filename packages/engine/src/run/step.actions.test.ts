import type { PlaybookNode } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { isActionEffect } from '../Effect.ts';
import { at, begin, compiled, event, MANUAL_TRIGGER, ofType, path } from '../testing/fixtures.ts';
import { inHoldout } from './createRun.ts';

const now = at('2025-03-05T10:00:00Z');

const everyAction: PlaybookNode[] = [
  { id: 'start', type: 'trigger', on: 'event', event: 'nps_submitted' },
  { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 15, valid_for: 'P14D' },
  {
    id: 'mail',
    type: 'action',
    action: 'send_message',
    channel: 'email',
    template: { subject: 'Hi {{customer.name | default: "friend"}}', body: '<p>{{customer.name}}: {{coupon.code}} ({{coupon.percent}}%) until {{coupon.valid_until}}, score {{event.properties.score}}</p>' },
  },
  { id: 'sms', type: 'action', action: 'send_message', channel: 'sms', template: { body: '{{customer.name}} {{playbook.name}}' } },
  { id: 'hook', type: 'action', action: 'webhook', url: 'https://crm.example.com/hook', body: '{"name":"{{customer.name}}","score":{{event.properties.score}}}' },
  { id: 'set', type: 'action', action: 'update_customer', set: { nps_category: 'detractor', reminded_at: { var: 'now' }, list: [1, 2] } },
  { id: 'tag', type: 'action', action: 'add_tag', tag: 'detractor' },
  { id: 'untag', type: 'action', action: 'remove_tag', tag: 'promoter' },
  { id: 'task', type: 'action', action: 'create_task', title: 'Call {{customer.name}}', assignee: 'care', due_in: 'P2D' },
];

describe('step: actions', () => {
  const playbook = compiled({ name: 'NPS follow-up', nodes: everyAction });
  const nps = event('nps_submitted', now, { score: 3 });
  const { state, effects } = begin(playbook, now, { attributes: { name: 'Tom & "Jerry"' }, tags: ['promoter'] }, { event: nps });
  const run = state.id;
  const key = (node: string, visit: number) => `${run}:${node}:${visit}`;

  it('gives every action effect the run, node, visit and the idempotency key of that visit', () => {
    const actions = effects.filter(isActionEffect);
    expect(actions.map((e) => [e.type, e.node, e.visit, e.key])).toEqual([
      ['issue_coupon', 'coupon', 2, key('coupon', 2)],
      ['send_message', 'mail', 3, key('mail', 3)],
      ['send_message', 'sms', 4, key('sms', 4)],
      ['webhook', 'hook', 5, key('hook', 5)],
      ['update_customer', 'set', 6, key('set', 6)],
      ['add_tag', 'tag', 7, key('tag', 7)],
      ['remove_tag', 'untag', 8, key('untag', 8)],
      ['create_task', 'task', 9, key('task', 9)],
    ]);
    for (const action of actions) expect(action).toMatchObject({ run, playbook: 'test-playbook', customer: 'c1', at: now });
  });

  it('issues a coupon with a code derived from its key and a validity end', () => {
    const [coupon] = ofType(effects, 'issue_coupon');
    expect(coupon).toMatchObject({ percent: 15, valid_until: '2025-03-19T10:00:00.000Z' });
    expect(coupon!.code).toMatch(/^SF-[0-9A-Z]{12}$/);
    expect(begin(playbook, now + 5, { attributes: { name: 'x' } }, { event: nps }).effects.find((e) => e.type === 'issue_coupon')).toMatchObject({ code: coupon!.code });
    expect(state.coupon).toEqual({ code: coupon!.code, percent: 15, valid_until: '2025-03-19T10:00:00.000Z' });
  });

  it('renders messages with the customer, the event, the run’s last coupon and the playbook, escaping email bodies', () => {
    const [mail, sms] = ofType(effects, 'send_message');
    const code = ofType(effects, 'issue_coupon')[0]!.code;
    expect(mail).toMatchObject({ channel: 'email', subject: 'Hi Tom & "Jerry"', body: `<p>Tom &amp; &quot;Jerry&quot;: ${code} (15%) until 2025-03-19, score 3</p>` });
    expect(sms).toMatchObject({ channel: 'sms', body: 'Tom & "Jerry" NPS follow-up' });
    expect(sms).not.toHaveProperty('subject');
  });

  it('calls webhooks with a JSON-safe body, POST by default', () => {
    const [hook] = ofType(effects, 'webhook');
    expect(hook).toMatchObject({ url: 'https://crm.example.com/hook', method: 'POST', headers: {}, key: key('hook', 5) });
    expect(JSON.parse(hook!.body!)).toEqual({ name: 'Tom & "Jerry"', score: 3 });
  });

  it('evaluates Logic values of update_customer and writes literals as given', () => {
    expect(ofType(effects, 'update_customer')[0]!.set).toEqual({ nps_category: 'detractor', reminded_at: '2025-03-05T10:00:00.000Z', list: [1, 2] });
  });

  it('creates tasks with a rendered title, assignee and due time', () => {
    expect(ofType(effects, 'create_task')[0]).toMatchObject({ title: 'Call Tom & "Jerry"', assignee: 'care', due_at: '2025-03-07T10:00:00.000Z' });
  });

  it('lets later nodes in the same step see tags and attributes an action changed', () => {
    const tagging = compiled({
      nodes: [
        MANUAL_TRIGGER,
        { id: 'tag', type: 'action', action: 'add_tag', tag: 'vip' },
        { id: 'set', type: 'action', action: 'update_customer', set: { tier: 'gold' } },
        { id: 'check', type: 'condition', if: { and: [{ has_tag: 'vip' }, { '==': [{ var: 'customer.tier' }, 'gold'] }] } },
      ],
    });
    expect(path(begin(tagging, now).effects)).toContain('check:true');
  });

  it('keeps holdout runs to the graph: steps, timers and the same path, but no action effect', () => {
    const held = compiled({ id: 'held', settings: { holdout: 50 }, nodes: [...everyAction, { id: 'wait', type: 'wait', for: 'P1D' }] });
    const control = Array.from({ length: 40 }, (_, i) => `c${i}`).find((id) => inHoldout('held', id, 50))!;
    const treated = Array.from({ length: 40 }, (_, i) => `c${i}`).find((id) => !inHoldout('held', id, 50))!;
    const controlRun = begin(held, now, { id: control }, { event: nps });
    const treatedRun = begin(held, now, { id: treated }, { event: nps });
    expect(controlRun.state.control).toBe(true);
    expect(controlRun.effects.filter(isActionEffect)).toEqual([]);
    expect(controlRun.state.coupon).toBeUndefined();
    expect(path(controlRun.effects)).toEqual(path(treatedRun.effects));
    expect(ofType(controlRun.effects, 'schedule_timer')).toHaveLength(1);
    expect(treatedRun.effects.filter(isActionEffect).length).toBeGreaterThan(0);
  });
});
