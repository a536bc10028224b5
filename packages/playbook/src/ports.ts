import type { PlaybookNode } from './schema/index.ts';

export const DEFAULT_PORT = 'next';

/**
 * The output ports a node offers, in the order the editor shows them. A draft may lack
 * its cases or variants (the validator says so): it then has no such ports.
 */
export function portsOf(node: PlaybookNode): string[] {
  switch (node.type) {
    case 'condition':
      return ['true', 'false'];
    case 'switch':
      return [...(Array.isArray(node.cases) ? node.cases : []).map((c) => c.port), 'default'];
    case 'wait_event':
      return ['event', 'timeout'];
    case 'split':
      return (Array.isArray(node.variants) ? node.variants : []).map((v) => v.port);
    case 'exit':
      return [];
    default:
      return [DEFAULT_PORT];
  }
}

/** Nodes at which a run pauses for time or an event: every cycle must pass through one. */
export function isWaitingNode(node: Pick<PlaybookNode, 'type'>): boolean {
  return node.type === 'wait' || node.type === 'wait_event';
}
