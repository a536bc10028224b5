import { useContext } from 'react';
import { EditorConfigContext, type EditorConfig } from './EditorContext.ts';

export function useEditorConfig(): EditorConfig {
  return useContext(EditorConfigContext);
}
