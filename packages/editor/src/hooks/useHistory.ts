import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { HistoryState } from '../store/editorState.ts';
import { useEditorStoreApi } from './useEditorStoreApi.ts';

const selectCanUndo = (state: TemporalState<HistoryState>) => state.pastStates.length > 0;
const selectCanRedo = (state: TemporalState<HistoryState>) => state.futureStates.length > 0;

/** Whether undo and redo have anything to do. */
export function useHistory(): { canUndo: boolean; canRedo: boolean } {
  const store = useEditorStoreApi();
  return { canUndo: useStore(store.temporal, selectCanUndo), canRedo: useStore(store.temporal, selectCanRedo) };
}
