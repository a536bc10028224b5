import type { PlaybookNode } from '@stayflow/playbook';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { EditorState } from '../store/editorState.ts';
import { useEditorStoreApi } from './useEditorStoreApi.ts';

const selectSelectedNode = (state: EditorState): PlaybookNode | undefined =>
  state.selection.nodes.length === 1 ? state.document.nodes.find((node) => node.id === state.selection.nodes[0]) : undefined;

/** Equal but for the position: the inspector shows no position, so a drag does not re-render it. */
function sameButPosition(a: PlaybookNode | undefined, b: PlaybookNode | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keysA = Object.keys(a).filter((key) => key !== 'position');
  const keysB = Object.keys(b).filter((key) => key !== 'position');
  return keysA.length === keysB.length && keysA.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * The node being edited: the only selected node, if it (still) exists. Its position may
 * be stale (moves do not re-render the inspector); edits go through the store by id.
 */
export function useSelectedNode(): PlaybookNode | undefined {
  const store = useEditorStoreApi();
  const last = useRef<PlaybookNode | undefined>(undefined);
  const getSnapshot = useCallback(() => {
    const next = selectSelectedNode(store.getState());
    if (!sameButPosition(last.current, next)) last.current = next;
    return last.current;
  }, [store]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
