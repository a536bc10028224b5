import { describe, expect, it } from 'vitest';
import { copyNodes } from '../changes/clipboard.ts';
import { loadTemplate } from '../test/templates.ts';
import { createEditorStore } from './createEditorStore.ts';
import { COALESCE_MS } from './documentSlice.ts';

function setup() {
  let clock = 1_000_000;
  const store = createEditorStore(loadTemplate('churn-early-warning'), { now: () => clock });
  const tick = (ms: number) => (clock += ms);
  const history = () => store.temporal.getState();
  return { store, tick, history, state: () => store.getState() };
}

describe('editor store', () => {
  it('undoes and redoes document edits', () => {
    const { state, history } = setup();
    const original = state().document;
    state().apply({ type: 'add', nodeType: 'exit', position: { x: 0, y: 1000 } });
    const added = state().document;
    expect(added.nodes).toHaveLength(original.nodes.length + 1);
    expect(history().pastStates).toHaveLength(1);
    state().undo();
    expect(state().document).toBe(original);
    state().redo();
    expect(state().document).toBe(added);
  });

  it('does not record selection or panel changes in the history', () => {
    const { state, history } = setup();
    state().selectNode('start');
    state().select({ nodes: ['start', 'call_task'], edges: [] });
    state().setPanel('settings');
    state().setProblemsOpen(true);
    expect(history().pastStates).toHaveLength(0);
    expect(state().selection.nodes).toEqual([]);
  });

  it('makes one history entry of a whole drag', () => {
    const { state, history } = setup();
    const before = state().document;
    state().beginGesture();
    for (let x = 1; x <= 50; x++) state().apply({ type: 'move', positions: { start: { x, y: 0 } } });
    expect(history().pastStates).toHaveLength(0);
    state().endGesture();
    expect(history().pastStates).toHaveLength(1);
    expect(state().document.nodes[0]!.position).toEqual({ x: 50, y: 0 });
    state().undo();
    expect(state().document).toBe(before);
  });

  it('records nothing for a drag that did not move anything', () => {
    const { state, history } = setup();
    state().beginGesture();
    state().endGesture();
    expect(history().pastStates).toHaveLength(0);
    expect(state().gesture).toBe(false);
  });

  it('coalesces typing in one field, but not in different fields or after a pause', () => {
    const { state, history, tick } = setup();
    const original = state().document;
    for (const name of ['C', 'Ca', 'Cal', 'Call']) {
      state().apply({ type: 'update', id: 'call_task', patch: { title: name } }, { coalesce: 'call_task.title' });
      tick(200);
    }
    expect(history().pastStates).toHaveLength(1);
    state().apply({ type: 'update', id: 'call_task', patch: { assignee: 'me' } }, { coalesce: 'call_task.assignee' });
    expect(history().pastStates).toHaveLength(2);
    tick(COALESCE_MS + 1);
    state().apply({ type: 'update', id: 'call_task', patch: { assignee: 'meg' } }, { coalesce: 'call_task.assignee' });
    expect(history().pastStates).toHaveLength(3);
    state().undo();
    state().undo();
    state().undo();
    expect(state().document).toBe(original);
  });

  it('records nothing for an edit that changes nothing, or a refused connection', () => {
    const { state, history } = setup();
    const result = state().apply({ type: 'connect', from: 'call_task', to: 'start' });
    expect(result.reason).toBe('into_trigger');
    state().apply({ type: 'move', positions: { start: { x: 0, y: 0 } } });
    expect(history().pastStates).toHaveLength(0);
  });

  it('drops pasted steps from the selection when the paste is undone', () => {
    const { state } = setup();
    const clipboard = copyNodes(state().document, ['tag_churn_risk', 'issue_coupon']);
    const pasted = state().apply({ type: 'paste', clipboard, offset: { x: 40, y: 40 } }).created!;
    expect(pasted).toEqual(['tag_churn_risk_1', 'issue_coupon_1']);
    state().select({ nodes: [...pasted, 'call_task'], edges: ['tag_churn_risk_1->issue_coupon_1:next', 'start->tag_churn_risk:next'] });
    state().undo();
    expect(state().selection).toEqual({ nodes: ['call_task'], edges: ['start->tag_churn_risk:next'] });
    state().redo();
    expect(state().selection).toEqual({ nodes: ['call_task'], edges: ['start->tag_churn_risk:next'] });
  });

  it('drops a selected connection an edit removed, and keeps a selection that still exists', () => {
    const { state } = setup();
    state().select({ nodes: ['wait_for_order'], edges: ['wait_for_order->call_task:timeout'] });
    const selection = state().selection;
    state().apply({ type: 'move', positions: { wait_for_order: { x: 5, y: 5 } } });
    expect(state().selection).toBe(selection);
    state().apply({ type: 'remove', nodes: ['call_task'], edges: [] });
    expect(state().selection).toEqual({ nodes: ['wait_for_order'], edges: [] });
  });

  it('forgets the history when another document is loaded', () => {
    const { state, history } = setup();
    state().apply({ type: 'add', nodeType: 'exit', position: { x: 0, y: 0 } });
    state().selectNode('start');
    const other = loadTemplate('win-back');
    state().reset(other);
    expect(state().document).toBe(other);
    expect(state().selection).toEqual({ nodes: [], edges: [] });
    expect(history().pastStates).toHaveLength(0);
    state().undo();
    expect(state().document).toBe(other);
  });
});
