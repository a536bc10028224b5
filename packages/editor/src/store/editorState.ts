import type { Playbook } from '@stayflow/playbook';
import type { TemporalState } from 'zundo';
import type { StoreApi } from 'zustand';
import type { ChangeResult, PlaybookChange } from '../changes/applyChange.ts';
import type { Selection, Size, Validation } from '../model/types.ts';

export interface DocumentSlice {
  /** The playbook: the editor's only state about the graph; the canvas is derived from it. */
  document: Playbook;
  /** A drag is in progress: its moves become one history entry when it ends. */
  gesture: boolean;
  /**
   * Applies an edit. Edits with the same `coalesce` key in quick succession (typing in a
   * field) make one history entry.
   */
  apply(change: PlaybookChange, options?: { coalesce?: string }): ChangeResult;
  beginGesture(): void;
  endGesture(): void;
  undo(): void;
  redo(): void;
  /** Loads another document: selection cleared, no undo back across documents. */
  reset(document: Playbook): void;
}

export interface SelectionSlice {
  selection: Selection;
  select(selection: Selection): void;
  selectNode(id: string | null): void;
}

export type Panel = 'inspector' | 'settings';

/** `open`: the view a playbook opens at (readable, from the trigger); `fit`: everything on screen; `node`: centre one step. */
export type ZoomIntent = { kind: 'open'; seq: number } | { kind: 'fit'; seq: number } | { kind: 'node'; id: string; seq: number };

export interface Notice {
  key: string;
  vars?: Record<string, string | number>;
  seq: number;
}

export interface UiSlice {
  /** `settings` when the user asked for the playbook settings; otherwise the inspector follows the selection. */
  panel: Panel;
  paletteOpen: boolean;
  problemsOpen: boolean;
  showStats: boolean;
  zoomIntent: ZoomIntent | null;
  notice: Notice | null;
  /** The latest (debounced) validation of the document. */
  validation: Validation;
  /** Card sizes React Flow measured: carried on derived nodes, used by the auto-layout. */
  nodeSizes: ReadonlyMap<string, Size>;
  setPanel(panel: Panel): void;
  setPaletteOpen(open: boolean): void;
  setProblemsOpen(open: boolean): void;
  setShowStats(show: boolean): void;
  requestZoom(intent: { kind: 'open' | 'fit' } | { kind: 'node'; id: string }): void;
  notify(key: string, vars?: Record<string, string | number>): void;
  setValidation(validation: Validation): void;
  setNodeSizes(sizes: ReadonlyMap<string, Size>): void;
}

export type EditorState = DocumentSlice & SelectionSlice & UiSlice;

/** What undo and redo step over: the document only. */
export type HistoryState = Pick<EditorState, 'document'>;

export type EditorStore = StoreApi<EditorState> & { temporal: StoreApi<TemporalState<HistoryState>> };
