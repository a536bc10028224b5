// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import type { Playbook } from '@stayflow/playbook';
import { useStoreApi, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as ToCanvasModule from '../model/toCanvas.ts';
import type { FlowNode } from '../model/types.ts';
import type * as NodeTypesModule from './nodeTypes.ts';
import { PlaybookEditor } from '../PlaybookEditor.tsx';
import { installDomStubs } from '../test/domStubs.ts';
import { loadTemplate } from '../test/templates.ts';

/** How often each card drew, and how often the canvas was derived from the document. */
const counts = vi.hoisted(() => ({ cards: new Map<string, number>(), toCanvas: 0 }));

vi.mock('./nodeTypes.ts', async (importOriginal) => {
  const { nodeTypes } = await importOriginal<typeof NodeTypesModule>();
  const Card = nodeTypes.action!;
  // Memoised like the real card, so it draws exactly when React Flow gives the card new props.
  const Counted = memo((props: NodeProps<FlowNode>) => {
    counts.cards.set(props.id, (counts.cards.get(props.id) ?? 0) + 1);
    return <Card {...props} />;
  });
  return { nodeTypes: Object.fromEntries(Object.keys(nodeTypes).map((type) => [type, Counted])) };
});

vi.mock('../model/toCanvas.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof ToCanvasModule>();
  return {
    ...actual,
    toCanvas: (...args: Parameters<typeof actual.toCanvas>) => {
      counts.toCanvas++;
      return actual.toCanvas(...args);
    },
  };
});

beforeAll(installDomStubs);
afterEach(cleanup);

/** React Flow's own store, reached from inside the editor (the toolbar's extra slot). */
function FlowStore({ onStore }: { onStore: (store: { getState(): ReactFlowState<FlowNode> }) => void }) {
  const store = useStoreApi<FlowNode>();
  useEffect(() => {
    onStore(store);
  }, [store, onStore]);
  return null;
}

describe('dragging a card', () => {
  it('redraws that card alone and derives nothing from the document until the drop', () => {
    const playbook = loadTemplate('churn-early-warning');
    const onChange = vi.fn<(next: Playbook) => void>();
    let flow: { getState(): ReactFlowState<FlowNode> } | undefined;
    render(<PlaybookEditor document={playbook} onChange={onChange} locale="en" toolbarExtra={<FlowStore onStore={(s) => (flow = s)} />} />);
    expect(screen.getByTestId('node-start')).toBeTruthy();
    const changes = (position: { x: number; y: number }, dragging: boolean) => act(() => flow!.getState().triggerNodeChanges([{ id: 'start', type: 'position', position, dragging }]));

    counts.cards.clear();
    counts.toCanvas = 0;
    for (let i = 1; i <= 10; i++) changes({ x: i * 7, y: i * 3 }, true);
    expect(counts.cards.get('start')).toBe(10);
    expect([...counts.cards.keys()]).toEqual(['start']);
    expect(counts.toCanvas).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByTestId('node-start').closest('.react-flow__node')?.getAttribute('style')).toMatch(/translate\(70px, ?30px\)/);

    // The drop: one edit, in the document once.
    changes({ x: 77, y: 33 }, false);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].nodes.find((n) => n.id === 'start')?.position).toEqual({ x: 77, y: 33 });
  });
});
