import { describe, expect, it } from 'vitest';
import { validate, type Playbook } from '@stayflow/playbook';
import { loadTemplate, loadTemplates } from '../test/templates.ts';
import { translatorFor } from '../i18n/translate.ts';
import { nodeSummary, nodeTitle } from './describeNode.ts';
import { toCanvas } from './toCanvas.ts';

const base = (nodes: Playbook['nodes'], edges: Playbook['edges'] = []): Playbook => ({
  schema: 'stayflow/playbook@1',
  id: 'test',
  name: 'Test',
  nodes,
  edges,
});

describe('toCanvas', () => {
  it('derives one card per node and one connection per edge, in document order', () => {
    const playbook = loadTemplate('churn-early-warning');
    const canvas = toCanvas(playbook, { locale: 'en' });
    expect(canvas.nodes.map((n) => n.id)).toEqual(playbook.nodes.map((n) => n.id));
    expect(canvas.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    expect(canvas.edges).toHaveLength(playbook.edges.length);
    expect(canvas.edges.find((e) => e.source === 'wait_for_order' && e.sourceHandle === 'timeout')?.target).toBe('call_task');
  });

  it('titles a card with its label, the Chinese label in Chinese, else a generated description', () => {
    const playbook = loadTemplate('churn-early-warning');
    expect(toCanvas(playbook, { locale: 'en' }).nodes[0]!.data.title).toBe('Silent for 90 days');
    expect(toCanvas(playbook, { locale: 'zh-CN' }).nodes[0]!.data.title).toBe('90 天未下单');
    const bare = base([
      { id: 'w', type: 'wait', for: 'P3D' },
      { id: 'm', type: 'action', action: 'send_message', channel: 'email', template: { body: 'Hi' } },
      { id: 's', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Hi' } },
    ]);
    expect(toCanvas(bare, { locale: 'en' }).nodes.map((n) => n.data.title)).toEqual(['Wait 3 days', 'Send email', 'Send SMS']);
    expect(toCanvas(bare, { locale: 'zh-CN' }).nodes.map((n) => n.data.title)).toEqual(['等待 3 天', '发送邮件', '发送短信']);
  });

  it('names dates by the vocabulary in derived titles and summaries, and other attributes as spelled', () => {
    const renewal = loadTemplate('renewal-reminder');
    const titles = (locale: 'en' | 'zh-CN') => toCanvas(renewal, { locale }).nodes.filter((n) => ['start', 'wait_until_2d_before'].includes(n.id)).map((n) => `${n.data.title} | ${n.data.summary}`);
    expect(titles('en')).toEqual(['On the date “Renewal date” | 7 days before at 10:00', 'Wait until “Renewal date” | 2 days before “Renewal date”']);
    expect(titles('zh-CN')).toEqual(['按日期“续费日期”触发 | 提前 7 天，10:00', '等待至“续费日期” | “续费日期”提前 2 天']);
    const own = base([{ id: 'd', type: 'trigger', on: 'date', attribute: 'contract_end' }]);
    expect(toCanvas(own, { locale: 'zh-CN' }).nodes[0]!.data.title).toBe('按日期“contract_end”触发');
  });

  it('summarises settings in one line', () => {
    const canvas = toCanvas(loadTemplate('churn-early-warning'), { locale: 'en' });
    expect(canvas.nodes[0]!.data.summary).toBe('Days since last order > 90 and Number of orders ≥ 1');
    expect(canvas.nodes.find((n) => n.id === 'wait_for_order')!.data.summary).toBe('Gives up after 14 days');
    const zh = toCanvas(loadTemplate('churn-early-warning'), { locale: 'zh-CN' });
    expect(zh.nodes[0]!.data.summary).toBe('距上次下单天数 > 90 且 订单数 ≥ 1');
  });

  it('names the default segments in the user’s language, others as they are', () => {
    const playbook = base([{ id: 'start', type: 'trigger', on: 'segment', if: { or: [{ in_segment: 'churned' }, { in_segment: 'vip_club' }] } }]);
    expect(toCanvas(playbook, { locale: 'zh-CN' }).nodes[0]!.data.summary).toContain('“已流失客户”');
    expect(toCanvas(playbook, { locale: 'en' }).nodes[0]!.data.summary).toContain('“Churned”');
    expect(toCanvas(playbook, { locale: 'en' }).nodes[0]!.data.summary).toContain('“vip_club”');
  });

  it('labels ports for people', () => {
    const playbook = base([
      { id: 'c', type: 'condition', if: { has_tag: 'vip' } },
      { id: 'we', type: 'wait_event', event: 'order_placed', timeout: 'P1D' },
      { id: 'sw', type: 'switch', cases: [{ port: 'high', if: true, label: 'High spenders' }, { port: 'low', if: true }] },
      { id: 'sp', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] },
      { id: 'x', type: 'exit' },
    ]);
    const ports = (locale: 'en' | 'zh-CN') => toCanvas(playbook, { locale }).nodes.map((n) => n.data.ports.map((p) => `${p.id}=${p.label}`));
    expect(ports('en')).toEqual([
      ['true=Yes', 'false=No'],
      ['event=Event received', 'timeout=Timed out'],
      ['high=High spenders', 'low=low', 'default=Otherwise'],
      ['a=a', 'b=b'],
      [],
    ]);
    expect(ports('zh-CN')[0]).toEqual(['true=是', 'false=否']);
    expect(ports('zh-CN')[1]).toEqual(['event=收到事件', 'timeout=超时']);
  });

  it('puts each node’s validation errors and warnings on its card', () => {
    const playbook = base(
      [
        { id: 'start', type: 'trigger', on: 'manual' },
        { id: 'w', type: 'wait', for: 'soon' },
        { id: 'm', type: 'action', action: 'send_message', channel: 'email', template: { body: 'Hi {{customer.nope.x}}' } },
      ],
      [{ from: 'start', to: 'w' }, { from: 'w', to: 'm' }],
    );
    const validation = validate(playbook);
    const canvas = toCanvas(playbook, { locale: 'en', validation });
    expect(canvas.nodes[1]!.data.errors).toHaveLength(1);
    expect(canvas.nodes[1]!.data.errors[0]).toContain('soon');
    expect(canvas.nodes[2]!.data.warnings).toHaveLength(1);
    expect(canvas.nodes[0]!.data.errors).toEqual([]);
  });

  it('rephrases an empty condition as an invitation to add a rule', () => {
    const playbook = base([{ id: 'start', type: 'trigger', on: 'segment', if: { and: [] } }]);
    const canvas = toCanvas(playbook, { locale: 'en', validation: validate(playbook) });
    expect(canvas.nodes[0]!.data.errors).toEqual(['This condition has no rules yet. Add at least one rule.']);
  });

  it('shows stats: entries per node, and per exit a count and share on the connection', () => {
    const playbook = loadTemplate('churn-early-warning');
    const stats = { nodes: { wait_for_order: { entered: 200, ports: { event: 50, timeout: 150 } } }, runs: { active: 0, completed: 200, exited: 0 }, goal: { converted: 50, rate: 0.25 } };
    const canvas = toCanvas(playbook, { locale: 'en', stats });
    const wait = canvas.nodes.find((n) => n.id === 'wait_for_order')!;
    expect(wait.data.entered).toBe(200);
    expect(wait.data.enteredLabel).toBe('200 entered');
    expect(wait.data.ports).toEqual([
      { id: 'event', label: 'Event received', stats: '50 · 25%' },
      { id: 'timeout', label: 'Timed out', stats: '150 · 75%' },
    ]);
    expect(canvas.edges.find((e) => e.sourceHandle === 'timeout')!.label).toBe('150 (75%)');
    expect(canvas.nodes[0]!.data.entered).toBeNull();
  });

  it('emphasises a highlighted path and dims the rest', () => {
    const playbook = loadTemplate('churn-early-warning');
    const highlight = { nodes: ['start', 'tag_churn_risk'], edges: [{ from: 'start', to: 'tag_churn_risk', port: 'next' }] };
    const canvas = toCanvas(playbook, { locale: 'en', highlight });
    expect(canvas.nodes[0]!.data.highlighted).toBe(true);
    expect(canvas.nodes[2]!.data.dimmed).toBe(true);
    expect(canvas.edges[0]!.className).toContain('sf-highlighted');
    expect(canvas.edges[1]!.className).toContain('sf-dimmed');
    // A run's path names connections by their ends and exit, whether or not the edge has an id.
    const named = { ...playbook, edges: playbook.edges.map((e, i) => (i === 0 ? { ...e, id: 'enter' } : e)) };
    const withId = toCanvas(named, { locale: 'en', highlight });
    expect(withId.edges[0]!.id).toBe('enter');
    expect(withId.edges[0]!.className).toContain('sf-highlighted');
  });

  it('keeps the identity of cards whose node and inputs did not change', () => {
    const playbook = loadTemplate('churn-early-warning');
    const first = toCanvas(playbook, { locale: 'en' });
    const moved = { ...playbook, nodes: playbook.nodes.map((n, i) => (i === 1 ? { ...n, position: { x: 5, y: 5 } } : n)) };
    const second = toCanvas(moved, { locale: 'en' });
    expect(second.nodes[0]).toBe(first.nodes[0]);
    expect(second.nodes[1]).not.toBe(first.nodes[1]);
    expect(second.nodes[1]!.position).toEqual({ x: 5, y: 5 });
    expect(second.edges[0]).toBe(first.edges[0]);
    const selected = toCanvas(moved, { locale: 'en', selection: { nodes: ['start'], edges: [] } });
    expect(selected.nodes[0]!.selected).toBe(true);
    expect(selected.nodes[2]).toBe(second.nodes[2]);
  });

  it('keeps a card’s data while it is moved, measured or selected, and builds no card for a measurement alone', () => {
    const playbook = loadTemplate('churn-early-warning');
    const first = toCanvas(playbook, { locale: 'en' });
    const moved = { ...playbook, nodes: playbook.nodes.map((n, i) => (i === 1 ? { ...n, position: { x: 9, y: 9 } } : n)) };
    const measured = new Map([[playbook.nodes[1]!.id, { width: 200, height: 90 }]]);
    const second = toCanvas(moved, { locale: 'en', measured, selection: { nodes: [playbook.nodes[1]!.id], edges: [] } });
    expect(second.nodes[1]).not.toBe(first.nodes[1]);
    expect(second.nodes[1]!.measured).toEqual({ width: 200, height: 90 });
    expect(second.nodes[1]!.data).toBe(first.nodes[1]!.data);
    // A measurement alone builds no card (React Flow keeps the size it measured on the card it has) …
    const sizes = new Map([[playbook.nodes[2]!.id, { width: 200, height: 70 }]]);
    const remeasured = toCanvas(moved, { locale: 'en', measured: sizes, selection: { nodes: [playbook.nodes[1]!.id], edges: [] } });
    expect(remeasured.nodes[2]).toBe(second.nodes[2]);
    // … and a card built again for another reason carries its last measured size.
    const reselected = toCanvas(moved, { locale: 'en', measured: sizes, selection: { nodes: [playbook.nodes[2]!.id], edges: [] } });
    expect(reselected.nodes[2]).not.toBe(second.nodes[2]);
    expect(reselected.nodes[2]!.measured).toEqual({ width: 200, height: 70 });
    expect(reselected.nodes[2]!.data).toBe(second.nodes[2]!.data);
    const relabelled = { ...moved, nodes: moved.nodes.map((n, i) => (i === 1 ? { ...n, label: 'Renamed' } : n)) };
    expect(toCanvas(relabelled, { locale: 'en' }).nodes[1]!.data.title).toBe('Renamed');
  });

  it('places nodes without a position by the auto-layout', () => {
    const playbook = base(
      [
        { id: 'start', type: 'trigger', on: 'manual' },
        { id: 'w', type: 'wait', for: 'P1D' },
      ],
      [{ from: 'start', to: 'w' }],
    );
    const canvas = toCanvas(playbook, { locale: 'en' });
    expect(canvas.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    expect(canvas.nodes[1]!.position.y).toBeGreaterThan(0);
  });

  it('still draws an invalid draft', () => {
    const draft = base([
      { id: 'm', type: 'action', action: 'send_message' } as never,
      { id: 'q', type: 'mystery' } as never,
      { id: 'sw', type: 'switch' } as never,
    ]);
    const canvas = toCanvas(draft, { locale: 'en' });
    expect(canvas.nodes.map((n) => n.data.title)).toEqual(['Send message', 'mystery', 'Branch by rules']);
    expect(canvas.nodes[2]!.data.ports.map((p) => p.id)).toEqual(['default']);
  });

  it("shows a message card's copy in the reader's language when the playbook has it", () => {
    const node = {
      id: 'sms',
      type: 'action',
      action: 'send_message',
      channel: 'sms',
      template: { body: 'Happy birthday, {{customer.name}}!' },
      meta: { i18n: { 'zh-CN': { template: { body: '{{customer.name}}，生日快乐！' } } } },
    } as const satisfies Playbook['nodes'][number];
    expect(nodeSummary(node, 'zh-CN', translatorFor('zh-CN'))).toBe('‹姓名›，生日快乐！');
    expect(nodeSummary(node, 'en', translatorFor('en'))).toBe('Happy birthday, ‹Name›!');
  });

  it.each(loadTemplates())('draws %s with a title and summary on every card', (_file, playbook) => {
    for (const locale of ['en', 'zh-CN'] as const) {
      // Called directly: toCanvas falls back to the kind's name when describing a step throws.
      const t = translatorFor(locale);
      for (const node of playbook.nodes) {
        expect(nodeTitle(node, locale, t)).not.toBe('');
        if (node.type !== 'exit') expect(nodeSummary(node, locale, t)).not.toBe('');
      }
      const canvas = toCanvas(playbook, { locale, validation: validate(playbook, { locale }) });
      for (const card of canvas.nodes) {
        expect(card.data.errors).toEqual([]);
        if (card.type !== 'exit') expect(card.data.ports.length).toBeGreaterThan(0);
      }
    }
  });
});
