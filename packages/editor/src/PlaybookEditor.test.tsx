// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Playbook } from '@stayflow/playbook';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlaybookEditor } from './PlaybookEditor.tsx';
import { installDomStubs } from './test/domStubs.ts';
import { loadTemplate } from './test/templates.ts';

beforeAll(installDomStubs);
afterEach(cleanup);

function renderEditor(document: Playbook, props: Partial<Parameters<typeof PlaybookEditor>[0]> = {}) {
  const onChange = vi.fn<(next: Playbook) => void>();
  const view = render(<PlaybookEditor document={document} onChange={onChange} locale="en" {...props} />);
  return { onChange, ...view };
}

describe('PlaybookEditor', () => {
  it('draws every step of a template with its handles, and the palette', () => {
    const playbook = loadTemplate('churn-early-warning');
    renderEditor(playbook);
    for (const node of playbook.nodes) expect(screen.getByTestId(`node-${node.id}`)).toBeTruthy();
    expect(screen.getByTestId('handle-wait_for_order-event')).toBeTruthy();
    expect(screen.getByTestId('handle-wait_for_order-timeout')).toBeTruthy();
    expect(screen.getByTestId('node-wait_for_order').textContent).toContain('Event received');
    expect(screen.getByTestId('palette-action-send_message')).toBeTruthy();
    expect(screen.queryByTestId('palette-trigger')).toBeNull();
    expect(screen.getByTestId('settings-panel')).toBeTruthy();
  });

  it('adds a step by clicking the palette, connected below the selected step, and undoes it', () => {
    const playbook = loadTemplate('churn-early-warning');
    const { onChange } = renderEditor(playbook);
    fireEvent.click(screen.getByTestId('node-call_task'));
    fireEvent.click(screen.getByTestId('palette-exit'));
    expect(onChange).toHaveBeenCalledTimes(1);
    const next = onChange.mock.calls[0]![0];
    expect(next.nodes.at(-1)).toMatchObject({ id: 'exit_1', type: 'exit' });
    expect(next.edges.at(-1)).toEqual({ from: 'call_task', to: 'exit_1' });
    expect(screen.getByTestId('inspector')).toBeTruthy();
    fireEvent.click(screen.getByTestId('toolbar-undo'));
    expect(onChange.mock.calls.at(-1)![0]).toBe(playbook);
  });

  it('undoes with Ctrl+Z while focus is still on the palette item just used', () => {
    const playbook = loadTemplate('churn-early-warning');
    const { onChange } = renderEditor(playbook);
    const item = screen.getByTestId('palette-exit');
    item.focus();
    fireEvent.click(item);
    expect(onChange.mock.calls.at(-1)![0].nodes.at(-1)).toMatchObject({ type: 'exit' });
    fireEvent.keyDown(item, { key: 'z', ctrlKey: true });
    expect(onChange.mock.calls.at(-1)![0]).toBe(playbook);
  });

  it('edits a selected step through its form, never raw JSON', () => {
    const playbook = loadTemplate('churn-early-warning');
    const { onChange } = renderEditor(playbook);
    fireEvent.click(screen.getByTestId('node-call_task'));
    const title = screen.getByTestId('field-task-title') as HTMLTextAreaElement;
    expect(title.value).toContain('Call customer');
    fireEvent.change(title, { target: { value: 'Call them' } });
    expect(onChange.mock.calls.at(-1)![0].nodes.find((n) => n.id === 'call_task')).toMatchObject({ title: 'Call them' });
    fireEvent.change(screen.getByTestId('field-due-in-amount'), { target: { value: '5' } });
    expect(onChange.mock.calls.at(-1)![0].nodes.find((n) => n.id === 'call_task')).toMatchObject({ due_in: 'P5D' });
  });

  it('shows the conditions of a template in the builder', () => {
    renderEditor(loadTemplate('churn-early-warning'));
    fireEvent.click(screen.getByTestId('node-start'));
    const builder = screen.getByTestId('field-if');
    expect(builder.querySelectorAll('.rule')).toHaveLength(2);
    expect(builder.textContent).not.toContain('written by hand');
  });

  // Centring the step on screen is checked in the browser (apps/web validation test): jsdom's canvas has no size.
  it('lists problems and takes the user to the step', () => {
    const playbook = loadTemplate('churn-early-warning');
    const broken = { ...playbook, nodes: playbook.nodes.map((n) => (n.id === 'wait_for_order' ? { ...n, timeout: 'soon' } : n)) } as Playbook;
    const onProblemsChange = vi.fn();
    renderEditor(broken, { onProblemsChange });
    expect(onProblemsChange).toHaveBeenCalled();
    expect(screen.getByTestId('badge-wait_for_order').textContent).toContain('1');
    fireEvent.click(screen.getByTestId('problems-toggle'));
    fireEvent.click(screen.getByTestId('problem-0'));
    expect(screen.getByTestId('inspector')).toBeTruthy();
    expect((screen.getByTestId('field-timeout') as HTMLInputElement).value).toBe('soon');
  });

  it('copies and pastes steps; once the paste is undone nothing is selected, and the copy is kept', () => {
    renderEditor(loadTemplate('churn-early-warning'));
    const key = (key: string) => fireEvent.keyDown(document, { key, ctrlKey: true });
    fireEvent.click(screen.getByTestId('node-clear_churn_risk'));
    fireEvent.keyDown(document, { key: 'Control', ctrlKey: true });
    fireEvent.click(screen.getByTestId('node-tag_won_back'), { ctrlKey: true });
    fireEvent.keyUp(document, { key: 'Control' });
    expect(screen.getByTestId('inspector-selection').textContent).toContain('2 steps selected');
    key('c');
    expect(screen.getByTestId('notice').textContent).toBe('Copied 2 steps');
    key('v');
    expect(screen.getByTestId('notice').textContent).toBe('Pasted 2 steps');
    expect(screen.getByTestId('inspector-selection').textContent).toContain('2 steps selected');
    key('z');
    expect(screen.queryByTestId('node-clear_churn_risk_1')).toBeNull();
    expect(screen.queryByTestId('inspector-selection')).toBeNull();
    key('c');
    expect(screen.getByTestId('notice').textContent).toBe('Pasted 2 steps');
    key('v');
    expect(screen.getByTestId('node-clear_churn_risk_1')).toBeTruthy();
  });

  it('speaks Chinese', () => {
    renderEditor(loadTemplate('churn-early-warning'), { locale: 'zh-CN' });
    expect(screen.getByTestId('node-start').textContent).toContain('90 天未下单');
    expect(screen.getByTestId('node-wait_for_order').textContent).toContain('收到事件');
    expect(screen.getByTestId('palette').textContent).toContain('发送消息');
    expect(screen.getByTestId('settings-panel').textContent).toContain('剧本设置');
  });

  it('starts a fresh history when another document comes in', () => {
    const playbook = loadTemplate('churn-early-warning');
    const { onChange, rerender } = renderEditor(playbook);
    fireEvent.click(screen.getByTestId('palette-exit'));
    expect((screen.getByTestId('toolbar-undo') as HTMLButtonElement).disabled).toBe(false);
    const other = loadTemplate('win-back');
    rerender(<PlaybookEditor document={other} onChange={onChange} locale="en" />);
    expect(screen.getByTestId('node-wait_weekend')).toBeTruthy();
    expect((screen.getByTestId('toolbar-undo') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows stats when asked', () => {
    const stats = { nodes: { start: { entered: 1200, ports: { next: 1200 } } }, runs: { active: 0, completed: 1200, exited: 0 }, goal: { converted: 10, rate: 0.01 } };
    renderEditor(loadTemplate('churn-early-warning'), { stats });
    expect(screen.getByTestId('node-start-entered').textContent).toContain('1,200');
    fireEvent.click(screen.getByTestId('toolbar-stats'));
    expect(screen.queryByTestId('node-start-entered')).toBeNull();
  });
});
