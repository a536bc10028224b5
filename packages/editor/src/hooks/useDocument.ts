import type { Playbook } from '@stayflow/playbook';
import type { EditorState } from '../store/editorState.ts';
import { useEditorState } from './useEditorState.ts';

const selectDocument = (state: EditorState): Playbook => state.document;

export function useDocument(): Playbook {
  return useEditorState(selectDocument);
}
