import type { StateCreator } from 'zustand';
import { applyChange } from '../changes/applyChange.ts';
import type { DocumentSlice, EditorState, EditorStore } from './editorState.ts';

/** How long keystrokes in one field keep landing in the same history entry. */
export const COALESCE_MS = 1000;

export interface DocumentSliceOptions {
  /** The clock used to coalesce typing; an input so tests are deterministic. */
  now: () => number;
  history: () => EditorStore['temporal'];
}

export function createDocumentSlice(initial: EditorState['document'], options: DocumentSliceOptions): StateCreator<EditorState, [], [], DocumentSlice> {
  return (set, get) => {
    let gestureStart: EditorState['document'] | null = null;
    let lastCoalesce: { key: string; at: number } | null = null;
    const history = () => options.history().getState();

    return {
      document: initial,
      gesture: false,

      apply(change, applyOptions = {}) {
        const result = applyChange(get().document, change);
        if (result.document === get().document) return result;
        const key = applyOptions.coalesce;
        const at = options.now();
        const merge = key !== undefined && lastCoalesce?.key === key && at - lastCoalesce.at < COALESCE_MS && !get().gesture;
        lastCoalesce = key === undefined ? null : { key, at };
        if (merge) {
          history().pause();
          set({ document: result.document });
          history().resume();
        } else {
          set({ document: result.document });
        }
        return result;
      },

      beginGesture() {
        if (get().gesture) return;
        gestureStart = get().document;
        lastCoalesce = null;
        history().pause();
        set({ gesture: true });
      },

      endGesture() {
        if (!get().gesture) return;
        const start = gestureStart ?? get().document;
        const end = get().document;
        gestureStart = null;
        if (start !== end) set({ document: start });
        history().resume();
        // One entry for the whole drag: history sees the document go from `start` to `end` once.
        set({ document: end, gesture: false });
      },

      undo() {
        if (get().gesture) return;
        lastCoalesce = null;
        history().undo();
      },

      redo() {
        if (get().gesture) return;
        lastCoalesce = null;
        history().redo();
      },

      reset(document) {
        gestureStart = null;
        lastCoalesce = null;
        history().pause();
        set({ document, gesture: false, selection: { nodes: [], edges: [] }, panel: 'inspector' });
        history().clear();
        history().resume();
      },
    };
  };
}
