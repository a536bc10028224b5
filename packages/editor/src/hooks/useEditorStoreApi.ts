import { useContext } from 'react';
import { EditorStoreContext } from './EditorContext.ts';
import type { EditorStore } from '../store/editorState.ts';

/** The store of the surrounding `PlaybookEditor`. */
export function useEditorStoreApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('Editor components must be rendered inside <PlaybookEditor>.');
  return store;
}
