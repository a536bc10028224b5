import { DEFAULT_PORT, portsOf, type Playbook, type Position } from '@stayflow/playbook';
import type { AddNodeOptions } from '../changes/addNode.ts';

const ROW = 140;
const COLUMN = 230;

function free(document: Playbook, position: Position): boolean {
  return !document.nodes.some((node) => node.position && Math.abs(node.position.x - position.x) < COLUMN - 20 && Math.abs(node.position.y - position.y) < ROW - 30);
}

/**
 * Where a step added by clicking in the palette goes: under the selected step, connected
 * to its first free exit (under that exit); with nothing selected, under the lowest step.
 */
export function placeBelow(document: Playbook, selectedId: string | undefined): { position: Position; options: AddNodeOptions } {
  const selected = selectedId === undefined ? undefined : document.nodes.find((node) => node.id === selectedId);
  let position: Position;
  const options: AddNodeOptions = {};
  if (selected) {
    const origin = selected.position ?? { x: 0, y: 0 };
    const ports = portsOf(selected);
    const used = new Set(document.edges.filter((edge) => edge.from === selected.id).map((edge) => edge.port ?? DEFAULT_PORT));
    const index = ports.findIndex((port) => !used.has(port));
    const spread = index === -1 ? 0 : (index - (ports.length - 1) / 2) * COLUMN;
    position = { x: origin.x + spread, y: origin.y + ROW };
    if (index !== -1) options.after = { node: selected.id, port: ports[index]! };
  } else {
    const lowest = document.nodes.reduce<Position | undefined>((low, node) => (node.position && (!low || node.position.y > low.y) ? node.position : low), undefined);
    position = lowest ? { x: lowest.x, y: lowest.y + ROW } : { x: 0, y: 0 };
  }
  for (let step = 0; step < 20 && !free(document, position); step++) position = { x: position.x + COLUMN, y: position.y };
  return { position, options };
}
