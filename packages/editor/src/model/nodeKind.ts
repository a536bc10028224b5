import { type ActionKind, type PlaybookNode } from '@stayflow/playbook';
import type { NewNodeType, NodeKind } from './types.ts';

/** A node's kind: its type, or for an action its action (`send_message`…). */
export function kindOf(node: PlaybookNode): NodeKind {
  return node.type === 'action' ? node.action : node.type;
}

/** `action:send_message` → the node type and action it adds. */
export function splitNewNodeType(type: NewNodeType): { type: Exclude<PlaybookNode['type'], never>; action?: ActionKind } {
  if (type.startsWith('action:')) return { type: 'action', action: type.slice('action:'.length) as ActionKind };
  return { type: type as Exclude<NewNodeType, `action:${string}`> };
}
