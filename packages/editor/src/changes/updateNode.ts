import { DEFAULT_PORT, portsOf, type Playbook, type PlaybookNode } from '@stayflow/playbook';

/** Fields to set; a field set to `undefined` is removed. Or a function of the node. */
export type NodePatch = Record<string, unknown> | ((node: PlaybookNode) => PlaybookNode);

export function applyPatch<T extends object>(target: T, patch: Record<string, unknown>): T {
  const next: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

/**
 * Changes a node's fields (not its id). When the change removes exits — a switch case
 * or a split variant deleted — the edges that left by them go too.
 */
export function updateNode(document: Playbook, id: string, patch: NodePatch): Playbook {
  const index = document.nodes.findIndex((node) => node.id === id);
  if (index === -1) return document;
  const before = document.nodes[index]!;
  const after = typeof patch === 'function' ? patch(before) : applyPatch(before, { ...patch, id: before.id });
  if (after === before) return document;
  const nodes = document.nodes.slice();
  nodes[index] = after;
  const kept = portsOf(after);
  const removedPorts = new Set(portsOf(before).filter((port) => !kept.includes(port)));
  const edges =
    removedPorts.size === 0
      ? document.edges
      : document.edges.filter((edge) => edge.from !== id || !removedPorts.has(edge.port ?? DEFAULT_PORT));
  return { ...document, nodes, edges };
}

/** Renames an exit of a switch or split, and the edge that leaves by it. */
export function renamePort(document: Playbook, id: string, from: string, to: string): Playbook {
  if (from === to) return document;
  const renamed = updateNode(document, id, (node) => {
    if (node.type === 'switch') return { ...node, cases: node.cases.map((c) => (c.port === from ? { ...c, port: to } : c)) };
    if (node.type === 'split') return { ...node, variants: node.variants.map((v) => (v.port === from ? { ...v, port: to } : v)) };
    return node;
  });
  if (renamed === document) return document;
  const edges = document.edges.map((edge) => (edge.from === id && (edge.port ?? DEFAULT_PORT) === from ? { ...edge, port: to } : edge));
  return { ...renamed, edges };
}
