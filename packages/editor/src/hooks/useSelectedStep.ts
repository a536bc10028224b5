import { useEffect, useRef } from 'react';
import type { EditorStore } from '../store/editorState.ts';

/** Tells `onSelectStep` which single step is selected, each time that changes (null for none or several). */
export function useSelectedStep(store: EditorStore, onSelectStep: ((id: string | null) => void) | undefined): void {
  const listener = useRef(onSelectStep);
  useEffect(() => {
    listener.current = onSelectStep;
  }, [onSelectStep]);
  useEffect(() => {
    const single = (nodes: readonly string[]) => (nodes.length === 1 ? nodes[0]! : null);
    let last = single(store.getState().selection.nodes);
    listener.current?.(last);
    return store.subscribe((state) => {
      const now = single(state.selection.nodes);
      if (now === last) return;
      last = now;
      listener.current?.(now);
    });
  }, [store]);
}
