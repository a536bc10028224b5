import type { Playbook } from '@stayflow/playbook';
import { edgeKeys } from '../model/edgeKey.ts';

/** Removes nodes (with every edge touching them) and edges, by edge key. */
export function removeElements(document: Playbook, nodeIds: readonly string[], edgeKeysToRemove: readonly string[] = []): Playbook {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeKeysToRemove);
  if (nodes.size === 0 && edges.size === 0) return document;
  const keys = edgeKeys(document.edges);
  const keptNodes = document.nodes.filter((node) => !nodes.has(node.id));
  const keptEdges = document.edges.filter((edge, index) => !edges.has(keys[index]!) && !nodes.has(edge.from) && !nodes.has(edge.to));
  if (keptNodes.length === document.nodes.length && keptEdges.length === document.edges.length) return document;
  return { ...document, nodes: keptNodes, edges: keptEdges };
}
