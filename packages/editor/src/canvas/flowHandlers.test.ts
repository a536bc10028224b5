import type { Position } from '@stayflow/playbook';
import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../model/types.ts';
import { createEditorStore } from '../store/createEditorStore.ts';
import { loadTemplate } from '../test/templates.ts';
import { flowHandlers } from './flowHandlers.ts';
import type { DragPositions } from './useDraggedPositions.ts';

/** The hook's buffer without React: what the canvas would draw is `held`. */
function buffer() {
  let held: Record<string, Position> | null = null;
  const drag: DragPositions = {
    move(positions) {
      held = { ...held, ...positions };
    },
    take() {
      const taken = held;
      held = null;
      return taken;
    },
  };
  return { drag, held: () => held };
}

function setup() {
  const store = createEditorStore(loadTemplate('churn-early-warning'), { now: () => 0 });
  const { drag, held } = buffer();
  return { store, handlers: flowHandlers(store, drag), held, position: (id: string) => store.getState().document.nodes.find((n) => n.id === id)?.position };
}

const move = (id: string, x: number, y: number, dragging: boolean): NodeChange<FlowNode> => ({ id, type: 'position', position: { x, y }, dragging });

describe('a card dragged on the canvas', () => {
  it('leaves the document alone while the hand moves and commits one undoable move when dropped', () => {
    const { store, handlers, held, position } = setup();
    const original = store.getState().document;
    const from = position('start');
    handlers.onDragStart();
    for (let i = 1; i <= 30; i++) handlers.onNodesChange([move('start', i * 10, i * 5, true)]);
    expect(store.getState().document).toBe(original);
    expect(held()).toEqual({ start: { x: 300, y: 150 } });
    handlers.onNodesChange([move('start', 310, 155, false)]);
    handlers.onDragStop();
    expect(held()).toBeNull();
    expect(position('start')).toEqual({ x: 310, y: 155 });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(position('start')).toEqual(from);
  });

  it('commits what it holds when the drag stops without a last change, several cards at once', () => {
    const { store, handlers, held, position } = setup();
    handlers.onDragStart();
    handlers.onNodesChange([move('start', 1, 2, true), move('tag_churn_risk', 3, 4, true)]);
    handlers.onNodesChange([move('start', 5, 6, true)]);
    handlers.onDragStop();
    expect(held()).toBeNull();
    expect(position('start')).toEqual({ x: 5, y: 6 });
    expect(position('tag_churn_risk')).toEqual({ x: 3, y: 4 });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('moves a card by the keyboard into the document at once', () => {
    const { store, handlers, held, position } = setup();
    handlers.onNodesChange([move('start', 7, 8, false)]);
    expect(held()).toBeNull();
    expect(position('start')).toEqual({ x: 7, y: 8 });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });
});
