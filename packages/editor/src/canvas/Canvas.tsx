import { Background, BackgroundVariant, Controls, MiniMap, Panel, ReactFlow, useStore, type Node, type ReactFlowState } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { useDocument } from '../hooks/useDocument.ts';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorState } from '../hooks/useEditorState.ts';
import { useEditorStoreApi } from '../hooks/useEditorStoreApi.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import { useSelection } from '../hooks/useSelection.ts';
import { toCanvas } from '../model/toCanvas.ts';
import type { FlowEdge, FlowNode } from '../model/types.ts';
import type { EditorState } from '../store/editorState.ts';
import { nodeTypes } from './nodeTypes.ts';
import { Notice } from './Notice.tsx';
import { useDraggedPositions } from './useDraggedPositions.ts';
import { useDropToAdd } from './useDropToAdd.ts';
import { useFlowHandlers } from './useFlowHandlers.ts';
import { MINIMAP_SIZE } from './minimapSize.ts';
import { useFlowAriaLabels } from './useFlowAriaLabels.ts';
import { useKeyboardShortcuts } from './useKeyboardShortcuts.ts';
import { useOffscreenCards } from './useOffscreenCards.ts';
import { useStableList } from './useStableList.ts';
import { useZoomIntents } from './useZoomIntents.ts';
import { withDraggedPositions } from './withDraggedPositions.ts';

const selectValidation = (state: EditorState) => state.validation;
const selectShowStats = (state: EditorState) => state.showStats;
const selectZoomIntent = (state: EditorState) => state.zoomIntent;

const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];
const DEFAULT_EDGE_OPTIONS = { type: 'smoothstep' };
const PRO_OPTIONS = { hideAttribution: false };
const MINIMAP_STYLE = MINIMAP_SIZE;

/**
 * Below this zoom the small print on cards (kind, summary, exit names) is a few pixels
 * high: it is hidden (the layout stays), which keeps a zoomed-out view of a large
 * playbook legible and cheap to redraw while a card is dragged.
 */
export const FAR_ZOOM = 0.5;
const selectFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

const minimapColor = (node: Node) => `var(--sf-kind-${(node as FlowNode).data.kind}, #94a3b8)`;

/**
 * The playbook drawn with React Flow. Nodes and edges are derived from the document on
 * every change (`toCanvas`, identity kept for what did not change); every interaction
 * becomes an edit of the document through the store — a drag once, when it ends (the
 * cards follow the hand through `useDraggedPositions` meanwhile).
 */
export function Canvas() {
  const { t, locale } = useEditorT();
  const { readOnly, stats, highlight } = useEditorConfig();
  const store = useEditorStoreApi();
  const document = useDocument();
  const selection = useSelection();
  const validation = useEditorState(selectValidation);
  const showStats = useEditorState(selectShowStats);
  const zoomIntent = useEditorState(selectZoomIntent);
  const root = useRef<HTMLDivElement>(null);
  const far = useStore(selectFar);

  const [dragged, drag] = useDraggedPositions();
  const handlers = useFlowHandlers(store, drag);
  // Measured sizes are read, not subscribed to: React Flow keeps what it measured on the cards it has,
  // so a measurement re-renders nothing here (at load it was a third pass over all 200 cards); a card
  // built again after an edit carries its last size and is not hidden to be measured again.
  const canvas = useMemo(
    () => toCanvas(document, { locale, validation, stats: showStats ? stats : null, highlight, selection, readOnly, measured: store.getState().nodeSizes }),
    [document, locale, validation, showStats, stats, highlight, selection, readOnly, store],
  );
  // While a card is dragged only its position changes, outside the document: one card redraws, nothing is derived again.
  const nodes = useMemo(() => withDraggedPositions(canvas.nodes, dragged, store.getState().nodeSizes), [canvas.nodes, dragged, store]);
  const edges = useStableList(canvas.edges) as FlowEdge[];
  const drop = useDropToAdd(store, readOnly);
  useKeyboardShortcuts(root, store, readOnly);
  const ariaLabels = useFlowAriaLabels();
  useZoomIntents(zoomIntent, nodes);
  useOffscreenCards(root);

  return (
    <div className={far ? 'sf-canvas sf-far' : 'sf-canvas'} ref={root} data-testid="canvas" onDragOver={drop.onDragOver} onDrop={drop.onDrop}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onConnect={handlers.onConnect}
        onDelete={handlers.onDelete}
        isValidConnection={handlers.isValidConnection}
        onNodeDragStart={handlers.onDragStart}
        onNodeDragStop={handlers.onDragStop}
        onSelectionDragStart={handlers.onDragStart}
        onSelectionDragStop={handlers.onDragStop}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={false}
        deleteKeyCode={readOnly ? null : DELETE_KEYS}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        minZoom={0.1}
        maxZoom={2}
        proOptions={PRO_OPTIONS}
        aria-label={t('canvas.label')}
        ariaLabelConfig={ariaLabels}
        colorMode="light"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="var(--sf-canvas-dot)" />
        <MiniMap style={MINIMAP_STYLE} pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="var(--sf-minimap-mask)" />
        <Controls showInteractive={false} position="bottom-left" />
        {document.nodes.length === 0 && (
          <Panel position="top-center" className="sf-canvas-empty" data-testid="canvas-empty">
            {t('canvas.empty')}
          </Panel>
        )}
      </ReactFlow>
      <Notice />
    </div>
  );
}
