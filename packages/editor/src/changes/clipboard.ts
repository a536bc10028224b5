import type { Edge, Playbook, PlaybookNode, Position } from '@stayflow/playbook';
import { uniqueNodeId } from './uniqueNodeId.ts';

/** Copied nodes and the edges between them. Plain JSON, so it can go through the system clipboard. */
export interface Clipboard {
  nodes: PlaybookNode[];
  edges: Edge[];
}

export function copyNodes(document: Playbook, ids: readonly string[]): Clipboard {
  const chosen = new Set(ids);
  return {
    nodes: document.nodes.filter((node) => chosen.has(node.id)),
    edges: document.edges.filter((edge) => chosen.has(edge.from) && chosen.has(edge.to)),
  };
}

export interface PasteResult {
  document: Playbook;
  /** The new ids, in clipboard order. */
  ids: string[];
  /** A trigger was left out because the playbook has one already. */
  skippedTrigger: boolean;
}

/** Pastes copies with new ids, shifted by `offset`; edges between the copies are kept. */
export function pasteNodes(document: Playbook, clipboard: Clipboard, offset: Position = { x: 40, y: 40 }): PasteResult {
  const taken = new Set(document.nodes.map((node) => node.id));
  const hasTrigger = document.nodes.some((node) => node.type === 'trigger');
  const renamed = new Map<string, string>();
  const nodes: PlaybookNode[] = [];
  let skippedTrigger = false;
  for (const node of clipboard.nodes) {
    if (node.type === 'trigger' && (hasTrigger || nodes.some((n) => n.type === 'trigger'))) {
      skippedTrigger = true;
      continue;
    }
    const id = uniqueNodeId(node.id, taken);
    taken.add(id);
    renamed.set(node.id, id);
    const position = node.position ?? { x: 0, y: 0 };
    nodes.push({ ...structuredClone(node), id, position: { x: Math.round(position.x + offset.x), y: Math.round(position.y + offset.y) } });
  }
  const edgeIds = new Set(document.edges.map((edge) => edge.id).filter((id) => id !== undefined));
  const edges: Edge[] = [];
  for (const edge of clipboard.edges) {
    const from = renamed.get(edge.from);
    const to = renamed.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const { id: oldId, ...rest } = structuredClone(edge);
    const copy: Edge = { ...rest, from, to };
    if (oldId !== undefined) {
      const id = uniqueNodeId(oldId, edgeIds);
      edgeIds.add(id);
      copy.id = id;
    }
    edges.push(copy);
  }
  if (nodes.length === 0) return { document, ids: [], skippedTrigger };
  return {
    document: { ...document, nodes: [...document.nodes, ...nodes], edges: [...document.edges, ...edges] },
    ids: [...renamed.values()],
    skippedTrigger,
  };
}
