import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { DEFAULT_NODE_SIZE } from '../model/autoLayout.ts';
import type { NewNodeType } from '../model/types.ts';
import type { EditorStore } from '../store/editorState.ts';

/** The drag data type the palette puts on its items. */
export const NODE_DRAG_TYPE = 'application/x-stayflow-node';

/** Dropping a palette item on the canvas adds that step where it was dropped, and selects it. */
export function useDropToAdd(store: EditorStore, readOnly: boolean) {
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (readOnly || !event.dataTransfer.types.includes(NODE_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    [readOnly],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(NODE_DRAG_TYPE) as NewNodeType;
      if (readOnly || !type) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const position = { x: point.x - DEFAULT_NODE_SIZE.width / 2, y: point.y - 24 };
      const result = store.getState().apply({ type: 'add', nodeType: type, position });
      const id = result.created?.[0];
      if (id) store.getState().selectNode(id);
    },
    [readOnly, screenToFlowPosition, store],
  );
  return { onDragOver, onDrop };
}
