import { useStore } from 'zustand';
import type { EditorState } from '../store/editorState.ts';
import { useEditorStoreApi } from './useEditorStoreApi.ts';

/** A slice of the editor state; pass a selector defined at module scope so renders stay cheap. */
export function useEditorState<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}
