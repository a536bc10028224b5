import type { Position } from '@stayflow/playbook';
import type { FlowNode } from '../model/types.ts';

/**
 * The canvas's nodes with the cards being dragged at the hand's positions. Only the
 * dragged cards are new objects; every other node keeps its identity, so React Flow and
 * the memoised cards redraw the dragged ones alone. Pure.
 */
export function withDraggedPositions(nodes: FlowNode[], dragged: Readonly<Record<string, Position>> | null): FlowNode[] {
  if (dragged === null) return nodes;
  return nodes.map((node) => {
    const position = dragged[node.id];
    return position === undefined || (position.x === node.position.x && position.y === node.position.y) ? node : { ...node, position };
  });
}
