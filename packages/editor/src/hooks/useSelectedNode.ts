import type { PlaybookNode } from '@stayflow/playbook';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { sameButPosition } from '../model/sameButPosition.ts';
import type { EditorState } from '../store/editorState.ts';
import { useEditorStoreApi } from './useEditorStoreApi.ts';

const selectSelectedNode = (state: EditorState): PlaybookNode | undefined =>
  state.selection.nodes.length === 1 ? state.document.nodes.find((node) => node.id === state.selection.nodes[0]) : undefined;

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
