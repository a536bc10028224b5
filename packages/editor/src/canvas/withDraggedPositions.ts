import type { Position } from '@stayflow/playbook';
import type { FlowNode, Size } from '../model/types.ts';

/**
 * The canvas's nodes with the cards being dragged at the hand's positions. Only the
 * dragged cards are new objects; every other node keeps its identity, so React Flow and
 * the memoised cards redraw the dragged ones alone. A dragged card carries its measured
 * size (`measured`, the sizes React Flow reported): a new card object without one would be
 * hidden and measured again on every move. Pure.
 */
export function withDraggedPositions(nodes: FlowNode[], dragged: Readonly<Record<string, Position>> | null, measured?: ReadonlyMap<string, Size>): FlowNode[] {
  if (dragged === null) return nodes;
  return nodes.map((node) => {
    const position = dragged[node.id];
    if (position === undefined || (position.x === node.position.x && position.y === node.position.y)) return node;
    const size = measured?.get(node.id);
    return size ? { ...node, position, measured: { width: size.width, height: size.height } } : { ...node, position };
  });
}
