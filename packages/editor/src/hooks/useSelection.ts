import type { Selection } from '../model/types.ts';
import type { EditorState } from '../store/editorState.ts';
import { useEditorState } from './useEditorState.ts';

const selectSelection = (state: EditorState): Selection => state.selection;

export function useSelection(): Selection {
  return useEditorState(selectSelection);
}
