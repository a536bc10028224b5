import type { Playbook } from '@stayflow/playbook';
import { temporal } from 'zundo';
import { createStore } from 'zustand';
import { createDocumentSlice } from './documentSlice.ts';
import type { EditorState, EditorStore, HistoryState } from './editorState.ts';
import { selectionFollowsDocument } from './selectionFollowsDocument.ts';
import { createSelectionSlice } from './selectionSlice.ts';
import { createUiSlice } from './uiSlice.ts';

export interface EditorStoreOptions {
  now?: () => number;
  showStats?: boolean;
}

/** Undo steps kept. */
const HISTORY_LIMIT = 200;

/**
 * The editor's store: a document slice (the playbook and its edits), a selection slice
 * and a ui slice, with undo/redo (zundo) over the document alone. The selection only ever
 * names nodes and edges the document has (`selectionFollowsDocument`).
 */
export function createEditorStore(document: Playbook, options: EditorStoreOptions = {}): EditorStore {
  const history = () => store.temporal;
  const store = createStore<EditorState>()(
    selectionFollowsDocument(
      temporal(
        (...args) => ({
          ...createDocumentSlice(document, { now: options.now ?? Date.now, history })(...args),
          ...createSelectionSlice(...args),
          ...createUiSlice({ showStats: options.showStats ?? false })(...args),
        }),
        {
          partialize: (state): HistoryState => ({ document: state.document }),
          equality: (past, current) => past.document === current.document,
          limit: HISTORY_LIMIT,
        },
      ),
    ),
  ) as unknown as EditorStore;
  return store;
}
