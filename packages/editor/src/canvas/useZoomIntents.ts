import { getViewportForBounds, useReactFlow, useStore, useStoreApi, type FitViewOptions, type ReactFlowState, type Rect } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { DEFAULT_NODE_SIZE } from '../model/autoLayout.ts';
import type { FlowNode } from '../model/types.ts';
import type { ZoomIntent } from '../store/editorState.ts';
import { MINIMAP_SIZE, PANEL_MARGIN } from './minimapSize.ts';

const EDGE = 40;

/**
 * "Fit to screen" and the opening fit leave the bottom strip to the minimap and the zoom
 * buttons (their height and margins), so no card is drawn under them.
 */
export const FIT_VIEW_OPTIONS = {
  padding: { top: `${EDGE}px`, left: `${EDGE}px`, right: `${EDGE}px`, bottom: `${MINIMAP_SIZE.height + 2 * PANEL_MARGIN}px` },
  maxZoom: 1,
  minZoom: 0.1,
} as const satisfies FitViewOptions;

/** The smallest zoom a playbook opens at: its cards' text stays readable (see FAR_ZOOM in Canvas). */
export const OPEN_MIN_ZOOM = 0.75;
const OPEN_MARGIN = 40;

/**
 * Where a playbook opens: all of it when it fits at a readable zoom, else at
 * `OPEN_MIN_ZOOM` with its first step (the trigger) at the top centre — the minimap and
 * "Fit to screen" show the rest. Pure, for tests.
 */
export function openingViewport(bounds: Rect, first: Rect | undefined, screen: { width: number; height: number }) {
  // React Flow's own fit (the one "Fit to screen" uses), kept when it is readable.
  const fit = getViewportForBounds(bounds, screen.width, screen.height, FIT_VIEW_OPTIONS.minZoom, FIT_VIEW_OPTIONS.maxZoom, FIT_VIEW_OPTIONS.padding);
  if (fit.zoom >= OPEN_MIN_ZOOM) return fit;
  const zoom = OPEN_MIN_ZOOM;
  const anchor = first ?? bounds;
  const centreX = bounds.width * zoom <= screen.width - 2 * OPEN_MARGIN ? bounds.x + bounds.width / 2 : anchor.x + anchor.width / 2;
  return { zoom, x: screen.width / 2 - centreX * zoom, y: OPEN_MARGIN - anchor.y * zoom };
}

/**
 * Whether React Flow has measured every card it holds. Read from its own node lookup, not
 * `useNodesInitialized` (which only turns true when the measured sizes come back in a new
 * nodes array: the canvas does not pass them back, so a measurement re-renders no card).
 */
export const selectCardsMeasured = (state: ReactFlowState): boolean => {
  if (state.nodeLookup.size === 0) return false;
  for (const node of state.nodeLookup.values()) if (!node.hidden && (node.measured.width === undefined || node.measured.height === undefined)) return false;
  return true;
};

/**
 * Opens the playbook once its cards are measured (and again when another document is
 * loaded), and carries out "fit to screen" and "show this step" requests from the
 * toolbar, the palette and the problems list.
 */
export function useZoomIntents(intent: ZoomIntent | null, nodes: readonly FlowNode[]): void {
  const { fitView, setCenter, getZoom, setViewport, getNodesBounds, getInternalNode } = useReactFlow();
  const flow = useStoreApi();
  const initialized = useStore(selectCardsMeasured);
  const opened = useRef(false);

  const open = (duration?: number) => {
    const all = [...flow.getState().nodeLookup.values()];
    if (all.length === 0) return;
    const trigger = nodes.find((node) => node.type === 'trigger') ?? nodes[0];
    const first = trigger && getInternalNode(trigger.id);
    const firstRect = first ? { ...first.internals.positionAbsolute, width: first.measured.width ?? DEFAULT_NODE_SIZE.width, height: first.measured.height ?? DEFAULT_NODE_SIZE.height } : undefined;
    const { width, height } = flow.getState();
    void setViewport(openingViewport(getNodesBounds(all), firstRect, { width, height }), duration === undefined ? undefined : { duration });
  };

  useEffect(() => {
    if (!initialized || opened.current) return;
    opened.current = true;
    open();
    // Once, when the cards are first measured.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialized]);

  const seq = intent?.seq;
  useEffect(() => {
    if (!intent) return;
    if (intent.kind === 'open') {
      open(300);
      return;
    }
    if (intent.kind === 'fit') {
      void fitView({ ...FIT_VIEW_OPTIONS, duration: 300 });
      return;
    }
    const node = nodes.find((n) => n.id === intent.id);
    if (!node) return;
    // The size React Flow measured (the card given to it may not carry one).
    const size = getInternalNode(node.id)?.measured;
    const width = size?.width ?? DEFAULT_NODE_SIZE.width;
    const height = size?.height ?? DEFAULT_NODE_SIZE.height;
    void setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom: Math.max(getZoom(), 1), duration: 400 });
    // Only a new request moves the viewport, not every change of the nodes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seq]);
}
