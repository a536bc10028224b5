import type { StateCreator } from 'zustand';
import type { Selection } from '../model/types.ts';
import type { EditorState, SelectionSlice } from './editorState.ts';

const NOTHING: Selection = { nodes: [], edges: [] };

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** What is selected; changing it never creates a history entry (history tracks the document only). */
export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (set, get) => ({
  selection: NOTHING,
  select(selection) {
    const current = get().selection;
    if (same(current.nodes, selection.nodes) && same(current.edges, selection.edges)) return;
    set({ selection: { nodes: [...selection.nodes], edges: [...selection.edges] }, ...(selection.nodes.length || selection.edges.length ? { panel: 'inspector' as const } : {}) });
  },
  selectNode(id) {
    get().select(id === null ? NOTHING : { nodes: [id], edges: [] });
  },
});
