import type { ReactFlowState } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { selectCardsMeasured } from './useZoomIntents.ts';

const state = (nodes: { id: string; width?: number; height?: number; hidden?: boolean }[]) =>
  ({ nodeLookup: new Map(nodes.map((n) => [n.id, { id: n.id, hidden: n.hidden, measured: { width: n.width, height: n.height } }])) }) as unknown as ReactFlowState;

describe('the playbook opens once React Flow has measured its cards', () => {
  it('waits while any visible card has no size, or while there are no cards', () => {
    expect(selectCardsMeasured(state([]))).toBe(false);
    expect(selectCardsMeasured(state([{ id: 'a', width: 200, height: 80 }, { id: 'b' }]))).toBe(false);
    expect(selectCardsMeasured(state([{ id: 'a', width: 200 }]))).toBe(false);
  });

  it('opens when every visible card is measured, whether or not the cards given to React Flow carry the size', () => {
    expect(selectCardsMeasured(state([{ id: 'a', width: 200, height: 80 }, { id: 'b', hidden: true }]))).toBe(true);
  });
});
