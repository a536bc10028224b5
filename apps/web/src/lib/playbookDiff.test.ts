import type { Playbook } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { countChanges, diffPlaybooks, isEmptyDiff, sameValue } from './playbookDiff.ts';

const live: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'win-back',
  name: 'Win back',
  settings: { timezone: 'Asia/Shanghai', goal: { event: 'order_placed', within: 'P30D' } },
  nodes: [
    { id: 'start', type: 'trigger', on: 'segment', if: { in_segment: 'churned' }, position: { x: 0, y: 0 } },
    { id: 'email', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'We miss you', body: 'Hi' }, position: { x: 0, y: 140 } },
    { id: 'wait', type: 'wait', for: 'P7D', position: { x: 0, y: 280 } },
    { id: 'task', type: 'action', action: 'create_task', title: 'Call', position: { x: 0, y: 420 } },
  ],
  edges: [
    { from: 'start', to: 'email' },
    { from: 'email', to: 'wait' },
    { from: 'wait', to: 'task' },
  ],
};

const clone = (doc: Playbook): Playbook => structuredClone(doc);

describe('diffPlaybooks', () => {
  it('finds nothing between a playbook and its copy', () => {
    const diff = diffPlaybooks(live, clone(live));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(countChanges(diff)).toBe(0);
  });

  it('counts a step moved on the canvas without listing it as a change', () => {
    const draft = clone(live);
    draft.nodes[1]!.position = { x: 220, y: 140 };
    const diff = diffPlaybooks(live, draft);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.moved).toBe(1);
  });

  it('names the fields of a step that changed', () => {
    const draft = clone(live);
    const wait = draft.nodes[2] as Extract<Playbook['nodes'][number], { type: 'wait' }>;
    wait.for = 'P14D';
    wait.label = 'Wait two weeks';
    const diff = diffPlaybooks(live, draft);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.after.id).toBe('wait');
    expect(diff.changed[0]!.fields.sort()).toEqual(['for', 'label']);
  });

  it('lists added and removed steps, and rewiring only between steps that stay', () => {
    const draft = clone(live);
    draft.nodes = draft.nodes.filter((n) => n.id !== 'task');
    draft.nodes.push({ id: 'sms', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Hi' } });
    draft.edges = [
      { from: 'start', to: 'wait' },
      { from: 'wait', to: 'sms' },
      { from: 'email', to: 'wait' },
    ];
    const diff = diffPlaybooks(live, draft);
    expect(diff.added.map((n) => n.id)).toEqual(['sms']);
    expect(diff.removed.map((n) => n.id)).toEqual(['task']);
    expect(diff.connections.added).toEqual([{ from: 'start', to: 'wait' }]);
    expect(diff.connections.removed).toEqual([{ from: 'start', to: 'email' }]);
  });

  it('treats an edge with port "next" like one without a port', () => {
    const draft = clone(live);
    draft.edges[0] = { from: 'start', to: 'email', port: 'next' };
    expect(isEmptyDiff(diffPlaybooks(live, draft))).toBe(true);
  });

  it('reports settings added, removed and changed', () => {
    const draft = clone(live);
    draft.settings = { goal: { event: 'order_placed', within: 'P60D' }, holdout: 10 };
    const diff = diffPlaybooks(live, draft);
    expect(diff.settings).toEqual([
      { key: 'timezone', change: 'removed' },
      { key: 'goal', change: 'changed' },
      { key: 'holdout', change: 'added' },
    ]);
  });

  it('reports the playbook’s own name, description, tags and translations', () => {
    const draft = { ...clone(live), name: 'Win back churned', description: 'New', tags: ['churn'], meta: { i18n: { 'zh-CN': { name: '流失挽回' } } } };
    expect(diffPlaybooks(live, draft).details).toEqual(['name', 'description', 'tags', 'translations']);
  });

  it('ignores the order of object keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});
