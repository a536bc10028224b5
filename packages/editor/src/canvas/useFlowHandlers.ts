import { useMemo } from 'react';
import type { EditorStore } from '../store/editorState.ts';
import { flowHandlers } from './flowHandlers.ts';
import type { DragPositions } from './useDraggedPositions.ts';

/** `flowHandlers` for the canvas, kept for as long as the store and the drag buffer are. */
export function useFlowHandlers(store: EditorStore, drag: DragPositions) {
  return useMemo(() => flowHandlers(store, drag), [store, drag]);
}
