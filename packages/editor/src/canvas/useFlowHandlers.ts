import type { Connection, EdgeChange, NodeChange, OnDelete } from '@xyflow/react';
import type { Position } from '@stayflow/playbook';
import { useMemo } from 'react';
import { connectionRefusal } from '../changes/connect.ts';
import type { FlowEdge, FlowNode, Size } from '../model/types.ts';
import type { EditorStore } from '../store/editorState.ts';

/**
 * React Flow's change objects mapped onto the store: moves become `move` edits (one
 * history entry per drag), selection goes to the selection slice, measured sizes to
 * the ui slice, deletions and connections become edits.
 */
export function useFlowHandlers(store: EditorStore) {
  return useMemo(() => {
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
        const selections: { id: string; selected: boolean }[] = [];
        let sizes: Map<string, Size> | null = null;
        for (const change of changes) {
          if (change.type === 'position' && change.position) positions[change.id] = change.position;
          else if (change.type === 'select') selections.push(change);
          else if (change.type === 'dimensions' && change.dimensions) {
            sizes ??= new Map();
            sizes.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
          }
        }
        if (Object.keys(positions).length) store.getState().apply({ type: 'move', positions });
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
        store.getState().endGesture();
      },
    };
  }, [store]);
}
