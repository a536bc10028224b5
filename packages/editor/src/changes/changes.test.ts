import { describe, expect, it } from 'vitest';
import { needsTranslation, validate, type Playbook } from '@stayflow/playbook';
import { translatorFor } from '../i18n/translate.ts';
import { nodeTitle } from '../model/describeNode.ts';
import { toCanvas } from '../model/toCanvas.ts';
import { loadTemplate, loadTemplates } from '../test/templates.ts';
import { addNode } from './addNode.ts';
import { applyChange } from './applyChange.ts';
import { copyNodes, pasteNodes } from './clipboard.ts';
import { connect } from './connect.ts';
import { duplicateNode } from './duplicateNode.ts';
import { moveNodes } from './moveNodes.ts';
import { removeElements } from './removeElements.ts';
import { renameNode } from './renameNode.ts';
import { renamePort, updateNode } from './updateNode.ts';
import { updatePlaybook } from './updatePlaybook.ts';
import { updateSettings } from './updateSettings.ts';

const empty = (): Playbook => ({ schema: 'stayflow/playbook@1', id: 'draft', name: 'Draft', nodes: [], edges: [] });

describe('round trips through the canvas', () => {
  it.each(loadTemplates())('%s: moving every card and back keeps the file byte-identical', (_file, playbook) => {
    const text = JSON.stringify(playbook);
    const canvas = toCanvas(playbook, { locale: 'en' });
    const unchanged = moveNodes(playbook, Object.fromEntries(canvas.nodes.map((n) => [n.id, n.position])));
    expect(unchanged).toBe(playbook);
    const moved = moveNodes(playbook, Object.fromEntries(canvas.nodes.map((n) => [n.id, { x: n.position.x + 33, y: n.position.y - 7 }])));
    expect(moved.nodes.every((n, i) => n.position!.x === playbook.nodes[i]!.position!.x + 33)).toBe(true);
    const back = moveNodes(moved, Object.fromEntries(playbook.nodes.map((n) => [n.id, n.position!])));
    expect(JSON.stringify(back)).toBe(text);
    expect(JSON.stringify(playbook)).toBe(text);
  });

  it('moves only what moved, keeping the other node objects', () => {
    const playbook = loadTemplate('win-back');
    const moved = moveNodes(playbook, { wait_7d: { x: 10.4, y: 20.6 } });
    expect(moved.nodes.find((n) => n.id === 'wait_7d')!.position).toEqual({ x: 10, y: 21 });
    expect(moved.nodes[0]).toBe(playbook.nodes[0]);
    expect(moved.edges).toBe(playbook.edges);
    expect(moved.meta).toBe(playbook.meta);
  });
});

describe('addNode', () => {
  it('names nodes readably and uniquely', () => {
    let doc = empty();
    const ids: string[] = [];
    for (const type of ['trigger', 'wait', 'wait', 'action:send_message', 'condition'] as const) {
      const result = addNode(doc, type, { x: 0, y: 0 });
      doc = result.document;
      ids.push(result.id);
    }
    expect(ids).toEqual(['start', 'wait_1', 'wait_2', 'send_message_1', 'condition_1']);
  });

  it('gives each kind sensible defaults', () => {
    const node = (type: Parameters<typeof addNode>[1]) => addNode(empty(), type, { x: 10.2, y: 20 }).document.nodes[0]!;
    expect(node('wait')).toEqual({ id: 'wait_1', position: { x: 10, y: 20 }, type: 'wait', for: 'P1D' });
    expect(node('action:send_message')).toMatchObject({ action: 'send_message', channel: 'email', template: { subject: '', body: '' } });
    expect(node('split')).toMatchObject({ variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] });
    expect(node('switch')).toMatchObject({ cases: [{ port: 'case_1', if: { and: [] } }] });
    expect(node('condition')).toMatchObject({ if: { and: [] } });
    expect(node('wait_event')).toMatchObject({ event: 'order_placed', timeout: 'P7D' });
    expect(node('action:issue_coupon')).toMatchObject({ percent: 10, valid_for: 'P14D' });
  });

  it('can connect the new node after an exit', () => {
    const playbook = loadTemplate('churn-early-warning');
    const { document, id } = addNode(playbook, 'exit', { x: 0, y: 900 }, { after: { node: 'call_task', port: 'next' } });
    expect(document.edges.at(-1)).toEqual({ from: 'call_task', to: id });
    expect(validate(document).valid).toBe(true);
  });
});

describe('connect', () => {
  const playbook = loadTemplate('churn-early-warning');

  it('adds an edge, leaving out the default port', () => {
    const { document } = addNode(playbook, 'exit', { x: 0, y: 0 });
    const result = connect(document, { from: 'tag_won_back', port: 'next', to: 'exit_1' });
    expect(result.reason).toBeUndefined();
    expect(result.document.edges.at(-1)).toEqual({ from: 'tag_won_back', to: 'exit_1' });
  });

  it('replaces the edge already on that exit', () => {
    const result = connect(playbook, { from: 'wait_for_order', port: 'timeout', to: 'tag_won_back' });
    expect(result.document.edges.filter((e) => e.from === 'wait_for_order')).toEqual([
      { from: 'wait_for_order', to: 'clear_churn_risk', port: 'event' },
      { from: 'wait_for_order', to: 'tag_won_back', port: 'timeout' },
    ]);
    expect(result.document.edges).toHaveLength(playbook.edges.length);
  });

  it('refuses connections into the trigger, self-loops on non-waits and unknown exits', () => {
    expect(connect(playbook, { from: 'call_task', to: 'start' })).toEqual({ document: playbook, reason: 'into_trigger' });
    expect(connect(playbook, { from: 'call_task', to: 'call_task' })).toEqual({ document: playbook, reason: 'self_loop' });
    expect(connect(playbook, { from: 'call_task', port: 'true', to: 'tag_won_back' }).reason).toBe('unknown_port');
    expect(connect(playbook, { from: 'ghost', to: 'tag_won_back' }).reason).toBe('unknown_node');
    expect(connect(playbook, { from: 'wait_for_order', port: 'timeout', to: 'wait_for_order' }).reason).toBeUndefined();
  });
});

describe('removeElements', () => {
  it('removes a node with its edges, and edges by key', () => {
    const playbook = loadTemplate('churn-early-warning');
    const without = removeElements(playbook, ['wait_for_order']);
    expect(without.nodes.some((n) => n.id === 'wait_for_order')).toBe(false);
    expect(without.edges.some((e) => e.from === 'wait_for_order' || e.to === 'wait_for_order')).toBe(false);
    const edgeGone = removeElements(playbook, [], ['start->tag_churn_risk:next']);
    expect(edgeGone.edges).toHaveLength(playbook.edges.length - 1);
    expect(removeElements(playbook, [], [])).toBe(playbook);
  });
});

describe('updateNode and renames', () => {
  const playbook = loadTemplate('nps-follow-up');
  const switchNode = playbook.nodes.find((n) => n.type === 'switch')!;

  it('sets and removes fields', () => {
    const doc = updateNode(loadTemplate('churn-early-warning'), 'call_task', { assignee: undefined, title: 'Call' });
    expect(doc.nodes.find((n) => n.id === 'call_task')).not.toHaveProperty('assignee');
    expect(doc.nodes.find((n) => n.id === 'call_task')).toMatchObject({ title: 'Call' });
  });

  it('drops the edge of a removed switch case, and renames an exit with its edge', () => {
    if (switchNode.type !== 'switch') throw new Error('expected a switch');
    const removed = updateNode(playbook, switchNode.id, { cases: switchNode.cases.slice(1) });
    expect(removed.edges.some((e) => e.from === switchNode.id && e.port === switchNode.cases[0]!.port)).toBe(false);
    const renamed = renamePort(playbook, switchNode.id, 'promoter', 'fans');
    expect(renamed.edges.some((e) => e.from === switchNode.id && e.port === 'fans')).toBe(true);
    expect(validate(renamed).valid).toBe(true);
  });

  it('handles a draft switch without cases: only its "otherwise" exit, and removing the cases drops their edges', () => {
    if (switchNode.type !== 'switch') throw new Error('expected a switch');
    const draft = updateNode(playbook, switchNode.id, { cases: undefined });
    expect(draft.edges.filter((e) => e.from === switchNode.id).map((e) => e.port)).toEqual(['default']);
    expect(connect(draft, { from: switchNode.id, port: switchNode.cases[0]!.port, to: 'no_score' }).reason).toBe('unknown_port');
  });

  it('renames the label people see in their language, marking the other language as needing translation', () => {
    const doc = loadTemplate('churn-early-warning');
    const zh = renameNode(doc, 'tag_churn_risk', '标记高风险', { locale: 'zh-CN' });
    expect(zh.nodes[1]!.label).toBe('Tag as churn risk');
    expect((zh.nodes[1]!.meta as { i18n: Record<string, { label: string }> }).i18n['zh-CN']!.label).toBe('标记高风险');
    expect(needsTranslation(zh.nodes[1]!, 'en')).toBe(true);
    const en = renameNode(doc, 'tag_churn_risk', 'Flag churn risk');
    expect(en.nodes[1]!.label).toBe('Flag churn risk');
    expect(needsTranslation(en.nodes[1]!, 'zh-CN')).toBe(true);
    expect(validate(en).valid).toBe(true);
    expect(renameNode(doc, 'tag_churn_risk', '')).not.toHaveProperty('nodes.1.label');
  });

  it('leaves a step named by its settings when nobody named it: the template trigger follows its value', () => {
    const doc = loadTemplate('churn-early-warning');
    expect(doc.nodes[0]).not.toHaveProperty('label');
    const t = translatorFor('en');
    const at60 = updateNode(doc, 'start', { if: { and: [{ '>': [{ var: 'customer.metrics.days_since_last_order' }, 60] }, { '>=': [{ var: 'customer.metrics.orders' }, 1] }] } });
    expect(nodeTitle(at60.nodes[0]!, 'en', t)).toBe('Silent for 60 days');
    expect(nodeTitle(at60.nodes[0]!, 'zh-CN', translatorFor('zh-CN'))).toBe('60 天未下单');
    const at20 = updateNode(doc, 'issue_coupon', { percent: 20 });
    expect(nodeTitle(at20.nodes.find((n) => n.id === 'issue_coupon')!, 'en', t)).toBe('Issue a 20% coupon');
  });
});

describe('settings and playbook fields', () => {
  it('merges settings, removes fields set to undefined and empty settings', () => {
    const doc = updateSettings(empty(), { holdout: 10 });
    expect(doc.settings).toEqual({ holdout: 10 });
    expect(updateSettings(doc, { holdout: undefined })).not.toHaveProperty('settings');
  });

  it('edits the Chinese name of a translated playbook in Chinese', () => {
    const doc = loadTemplate('churn-early-warning');
    const zh = updatePlaybook(doc, 'name', '流失预警 2', { locale: 'zh-CN' });
    expect(zh.name).toBe('Churn early warning');
    expect((zh.meta as { i18n: Record<string, { name: string }> }).i18n['zh-CN']!.name).toBe('流失预警 2');
    expect(updatePlaybook(doc, 'name', 'Churn 2').name).toBe('Churn 2');
  });

  it('removes an emptied Chinese name, so the English one shows and is edited next', () => {
    const doc = loadTemplate('churn-early-warning');
    const cleared = updatePlaybook(doc, 'name', ' ', { locale: 'zh-CN' });
    expect(cleared.meta).not.toHaveProperty(['i18n', 'zh-CN', 'name']);
    expect(cleared.name).toBe('Churn early warning');
    expect(updatePlaybook(cleared, 'name', '流失预警 3', { locale: 'zh-CN' }).name).toBe('流失预警 3');
  });
});

describe('copy, paste and duplicate', () => {
  it('pastes copies with new ids and their internal edges', () => {
    const playbook = loadTemplate('churn-early-warning');
    const clipboard = copyNodes(playbook, ['wait_for_order', 'call_task', 'issue_coupon']);
    expect(clipboard.edges).toEqual([{ from: 'wait_for_order', to: 'call_task', port: 'timeout' }]);
    const result = pasteNodes(playbook, clipboard, { x: 300, y: 0 });
    expect(result.ids).toEqual(['issue_coupon_1', 'wait_for_order_1', 'call_task_1']);
    expect(result.document.edges.at(-1)).toEqual({ from: 'wait_for_order_1', to: 'call_task_1', port: 'timeout' });
    expect(result.document.nodes.find((n) => n.id === 'call_task_1')!.position).toEqual({ x: 520, y: 700 });
    expect(result.document.nodes.find((n) => n.id === 'call_task_1')!.meta).toEqual(playbook.nodes.find((n) => n.id === 'call_task')!.meta);
  });

  it('never pastes a second trigger', () => {
    const playbook = loadTemplate('churn-early-warning');
    const result = pasteNodes(playbook, copyNodes(playbook, ['start']));
    expect(result).toEqual({ document: playbook, ids: [], skippedTrigger: true });
  });

  it('duplicates one node next to it', () => {
    const playbook = loadTemplate('win-back');
    const result = duplicateNode(playbook, 'wait_7d');
    expect(result.id).toBe('wait_7d_1');
    expect(result.document.nodes.at(-1)).toMatchObject({ type: 'wait', for: 'P7D', position: { x: 40, y: 320 } });
  });
});

describe('applyChange', () => {
  it('applies change objects and reports what it created or refused', () => {
    const playbook = loadTemplate('churn-early-warning');
    expect(applyChange(playbook, { type: 'add', nodeType: 'exit', position: { x: 0, y: 0 } }).created).toEqual(['exit_1']);
    expect(applyChange(playbook, { type: 'connect', from: 'call_task', to: 'start' }).reason).toBe('into_trigger');
    expect(applyChange(playbook, { type: 'move', positions: {} }).document).toBe(playbook);
  });
});
