import type { StateCreator, StoreMutatorIdentifier } from 'zustand';
import { selectionIn } from '../model/selectionIn.ts';
import type { EditorState } from './editorState.ts';

type SetState = (partial: Partial<EditorState> | ((state: EditorState) => Partial<EditorState>), replace?: boolean) => void;

/**
 * Store middleware: whenever the document changes — an edit, undo or redo (which zundo
 * applies through this `set`), a reset — the same update drops the selected nodes and edges
 * the new document no longer has, so the inspector and copy never act on steps that are gone.
 */
export function selectionFollowsDocument<Mos extends [StoreMutatorIdentifier, unknown][]>(
  config: StateCreator<EditorState, [], Mos>,
): StateCreator<EditorState, [], Mos> {
  return (set, get, api) => {
    const follow =
      (inner: SetState): SetState =>
      (partial, replace) => {
        const next = typeof partial === 'function' ? partial(get()) : partial;
        if (next.document === undefined || next.document === get().document) return inner(next, replace);
        const selection = next.selection ?? get().selection;
        const kept = selectionIn(next.document, selection);
        inner(kept === selection ? next : { ...next, selection: kept }, replace);
      };
    api.setState = follow(api.setState as SetState) as typeof api.setState;
    return config(follow(set as SetState) as typeof set, get, api);
  };
}
