import { useMemo } from 'react';
import type { EditorState } from '../store/editorState.ts';
import { useEditorStoreApi } from './useEditorStoreApi.ts';

type Actions = Pick<
  EditorState,
  | 'apply'
  | 'beginGesture'
  | 'endGesture'
  | 'undo'
  | 'redo'
  | 'select'
  | 'selectNode'
  | 'setPanel'
  | 'setPaletteOpen'
  | 'setProblemsOpen'
  | 'setShowStats'
  | 'requestZoom'
  | 'notify'
>;

/** The store's actions; they never change, so components using them do not re-render. */
export function useEditorActions(): Actions {
  const store = useEditorStoreApi();
  return useMemo(() => {
    const state = store.getState();
    return {
      apply: state.apply,
      beginGesture: state.beginGesture,
      endGesture: state.endGesture,
      undo: state.undo,
      redo: state.redo,
      select: state.select,
      selectNode: state.selectNode,
      setPanel: state.setPanel,
      setPaletteOpen: state.setPaletteOpen,
      setProblemsOpen: state.setProblemsOpen,
      setShowStats: state.setShowStats,
      requestZoom: state.requestZoom,
      notify: state.notify,
    };
  }, [store]);
}
