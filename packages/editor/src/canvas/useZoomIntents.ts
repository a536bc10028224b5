import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { DEFAULT_NODE_SIZE } from '../model/autoLayout.ts';
import type { FlowNode } from '../model/types.ts';
import type { ZoomIntent } from '../store/editorState.ts';

export const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1, minZoom: 0.2 };

/**
 * Fits the playbook once its cards are measured (React Flow's own `fitView` fires on the
 * first measured card), and carries out "fit to screen" and "show this step" requests
 * from the toolbar and the problems list.
 */
export function useZoomIntents(intent: ZoomIntent | null, nodes: readonly FlowNode[]): void {
  const { fitView, setCenter, getZoom } = useReactFlow();
  const initialized = useNodesInitialized();
  const fitted = useRef(false);
  useEffect(() => {
    if (!initialized || fitted.current) return;
    fitted.current = true;
    void fitView(FIT_VIEW_OPTIONS);
  }, [initialized, fitView]);

  const seq = intent?.seq;
  useEffect(() => {
    if (!intent) return;
    if (intent.kind === 'fit') {
      void fitView({ ...FIT_VIEW_OPTIONS, duration: 300 });
      return;
    }
    const node = nodes.find((n) => n.id === intent.id);
    if (!node) return;
    const width = node.measured?.width ?? DEFAULT_NODE_SIZE.width;
    const height = node.measured?.height ?? DEFAULT_NODE_SIZE.height;
    void setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom: Math.max(getZoom(), 1), duration: 400 });
    // Only a new request moves the viewport, not every change of the nodes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seq]);
}
