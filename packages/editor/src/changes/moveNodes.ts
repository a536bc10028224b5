import type { Playbook, Position } from '@stayflow/playbook';

/** Writes new positions; nodes that did not move keep their object identity (and the canvas its cached card). */
export function moveNodes(document: Playbook, positions: Readonly<Record<string, Position>> | ReadonlyMap<string, Position>): Playbook {
  const lookup = positions instanceof Map ? positions : new Map(Object.entries(positions));
  if (lookup.size === 0) return document;
  let changed = false;
  const nodes = document.nodes.map((node) => {
    const position = lookup.get(node.id);
    if (!position) return node;
    const rounded = { x: Math.round(position.x), y: Math.round(position.y) };
    if (node.position && node.position.x === rounded.x && node.position.y === rounded.y) return node;
    changed = true;
    return { ...node, position: rounded };
  });
  return changed ? { ...document, nodes } : document;
}
