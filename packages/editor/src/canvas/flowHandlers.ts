import type { Connection, EdgeChange, NodeChange, OnDelete } from '@xyflow/react';
import type { Position } from '@stayflow/playbook';
import { connectionRefusal } from '../changes/connect.ts';
import type { FlowEdge, FlowNode, Size } from '../model/types.ts';
import type { EditorStore } from '../store/editorState.ts';
import type { DragPositions } from './useDraggedPositions.ts';

/**
 * React Flow's change objects mapped onto the store: a card moving under the hand is held
 * in `drag` (the document does not change on every mouse move) and committed as one
 * `move` edit — one history entry — when the drag ends; moves by the keyboard are edits
 * at once. Selection goes to the selection slice, measured sizes to the ui slice,
 * deletions and connections become edits.
 */
export function flowHandlers(store: EditorStore, drag: DragPositions) {
  const applySelection = (nodeChanges: readonly { id: string; selected: boolean }[], edgeChanges: readonly { id: string; selected: boolean }[]) => {
    const { selection, select } = store.getState();
    const nodes = new Set(selection.nodes);
    const edges = new Set(selection.edges);
    for (const change of nodeChanges) {
      if (change.selected) nodes.add(change.id);
      else nodes.delete(change.id);
    }
    for (const change of edgeChanges) {
      if (change.selected) edges.add(change.id);
      else edges.delete(change.id);
    }
    select({ nodes: [...nodes], edges: [...edges] });
  };

  return {
    onNodesChange(changes: NodeChange<FlowNode>[]) {
      const positions: Record<string, Position> = {};
      const dragged: Record<string, Position> = {};
      const selections: { id: string; selected: boolean }[] = [];
      let sizes: Map<string, Size> | null = null;
      for (const change of changes) {
        if (change.type === 'position' && change.position) (change.dragging ? dragged : positions)[change.id] = change.position;
        else if (change.type === 'select') selections.push(change);
        else if (change.type === 'dimensions' && change.dimensions) {
          sizes ??= new Map();
          sizes.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
        }
      }
      if (Object.keys(dragged).length) drag.move(dragged);
      // The drag's last change (not dragging any more) or a move by the keyboard: into the document.
      if (Object.keys(positions).length) store.getState().apply({ type: 'move', positions: { ...drag.take(), ...positions } });
      if (selections.length) applySelection(selections, []);
      if (sizes) store.getState().setNodeSizes(sizes);
    },
    onEdgesChange(changes: EdgeChange<FlowEdge>[]) {
      const selections = changes.filter((change) => change.type === 'select');
      if (selections.length) applySelection([], selections);
    },
    onDelete: (({ nodes, edges }) => {
      store.getState().apply({ type: 'remove', nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) });
      store.getState().select({ nodes: [], edges: [] });
    }) as OnDelete<FlowNode, FlowEdge>,
    onConnect(connection: Connection) {
      const result = store.getState().apply({ type: 'connect', from: connection.source, port: connection.sourceHandle, to: connection.target });
      if (result.reason) store.getState().notify(`notice.${result.reason}`);
    },
    isValidConnection(connection: Connection | FlowEdge) {
      return connectionRefusal(store.getState().document, { from: connection.source, port: connection.sourceHandle ?? null, to: connection.target }) === undefined;
    },
    onDragStart() {
      store.getState().beginGesture();
    },
    onDragStop() {
      const held = drag.take();
      if (held !== null) store.getState().apply({ type: 'move', positions: held });
      store.getState().endGesture();
    },
  };
}
