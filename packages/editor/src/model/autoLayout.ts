import dagre, { type Graph } from '@dagrejs/dagre';
import { DEFAULT_PORT, portsOf, type Playbook, type Position } from '@stayflow/playbook';
import type { Size } from './types.ts';

/** The size assumed for a node the canvas has not measured (a card with a title and a summary). */
export const DEFAULT_NODE_SIZE: Size = { width: 200, height: 96 };

export interface LayoutOptions {
  /** Measured node sizes; others use `DEFAULT_NODE_SIZE`. */
  sizes?: ReadonlyMap<string, Size>;
}

/**
 * Top-to-bottom positions for every node (dagre), the trigger at (0, 0). Deterministic:
 * the same document and sizes always give the same positions.
 */
export function layoutPositions(document: Playbook, options: LayoutOptions = {}): Map<string, Position> {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 32, ranksep: 56, edgesep: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set<string>();
  for (const node of document.nodes) {
    if (ids.has(node.id)) continue;
    ids.add(node.id);
    const size = options.sizes?.get(node.id) ?? DEFAULT_NODE_SIZE;
    graph.setNode(node.id, { width: size.width, height: size.height });
  }
  const portOrder = new Map(document.nodes.map((node) => [node.id, portsOf(node)]));
  const edges = document.edges
    .filter((edge) => ids.has(edge.from) && ids.has(edge.to) && edge.from !== edge.to)
    .map((edge, index) => ({ edge, index, rank: portOrder.get(edge.from)?.indexOf(edge.port ?? DEFAULT_PORT) ?? 0 }))
    .sort((a, b) => (a.edge.from === b.edge.from ? a.rank - b.rank : a.index - b.index));
  for (const { edge, index } of edges) graph.setEdge(edge.from, edge.to, {}, `e${index}`);
  layoutWithPortOrder(graph, siblingConstraints(document, ids, portOrder));

  const positions = new Map<string, Position>();
  for (const id of ids) {
    const laid = graph.node(id) as { x: number; y: number; width: number; height: number };
    positions.set(id, { x: laid.x - laid.width / 2, y: laid.y - laid.height / 2 });
  }
  const anchorId = document.nodes.find((node) => node.type === 'trigger')?.id ?? document.nodes[0]?.id;
  const anchor = anchorId === undefined ? undefined : positions.get(anchorId);
  for (const [id, position] of positions) {
    positions.set(id, { x: Math.round(position.x - (anchor?.x ?? 0)), y: Math.round(position.y - (anchor?.y ?? 0)) });
  }
  return positions;
}

/** Children of one node, left to right in the order of its exits ("Yes" before "No"). */
function siblingConstraints(document: Playbook, ids: ReadonlySet<string>, portOrder: ReadonlyMap<string, string[]>): { left: string; right: string }[] {
  const constraints: { left: string; right: string }[] = [];
  const seen = new Set<string>();
  for (const node of document.nodes) {
    const ports = portOrder.get(node.id) ?? [];
    const children: string[] = [];
    for (const port of ports) {
      const edge = document.edges.find((e) => e.from === node.id && (e.port ?? DEFAULT_PORT) === port);
      if (edge && ids.has(edge.to) && edge.to !== node.id && !children.includes(edge.to)) children.push(edge.to);
    }
    for (let i = 1; i < children.length; i++) {
      const key = `${children[i - 1]}>${children[i]}`;
      if (seen.has(key) || seen.has(`${children[i]}>${children[i - 1]}`)) continue;
      seen.add(key);
      constraints.push({ left: children[i - 1]!, right: children[i]! });
    }
  }
  return constraints;
}

function layoutWithPortOrder(graph: Graph, constraints: { left: string; right: string }[]): void {
  try {
    dagre.layout(graph, { constraints });
  } catch {
    // Contradictory orders (steps shared by several branches): lay out without them.
    dagre.layout(graph);
  }
}

/** The document with every node placed by `layoutPositions`; everything else is kept as is. */
export function autoLayout(document: Playbook, options: LayoutOptions = {}): Playbook {
  const positions = layoutPositions(document, options);
  let changed = false;
  const nodes = document.nodes.map((node) => {
    const position = positions.get(node.id);
    if (!position || (node.position && node.position.x === position.x && node.position.y === position.y)) return node;
    changed = true;
    return { ...node, position };
  });
  return changed ? { ...document, nodes } : document;
}
