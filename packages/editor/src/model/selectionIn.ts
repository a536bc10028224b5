import type { Playbook } from '@stayflow/playbook';
import { edgeKeys } from './edgeKey.ts';
import type { Selection } from './types.ts';

/**
 * The selection without the nodes (by id) and edges (by edge key) the document no longer
 * has — after an undo, a redo or an edit. The same object when nothing is missing.
 */
export function selectionIn(document: Playbook, selection: Selection): Selection {
  if (selection.nodes.length === 0 && selection.edges.length === 0) return selection;
  const ids = new Set(document.nodes.map((node) => node.id));
  const keys = selection.edges.length === 0 ? null : new Set(edgeKeys(document.edges));
  const nodes = selection.nodes.filter((id) => ids.has(id));
  const edges = keys === null ? selection.edges : selection.edges.filter((key) => keys.has(key));
  return nodes.length === selection.nodes.length && edges.length === selection.edges.length ? selection : { nodes, edges };
}
