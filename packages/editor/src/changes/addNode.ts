import type { Playbook, Position } from '@stayflow/playbook';
import type { NewNodeType } from '../model/types.ts';
import { connect } from './connect.ts';
import { defaultNode, idBase } from './defaultNode.ts';
import { uniqueNodeId } from './uniqueNodeId.ts';

export interface AddNodeOptions {
  /** Connect the new node after this exit (the palette's click-to-add). */
  after?: { node: string; port: string };
}

/** Adds a node with a unique readable id (`wait_2`) and default settings; answers the new id too. */
export function addNode(document: Playbook, type: NewNodeType, position: Position, options: AddNodeOptions = {}): { document: Playbook; id: string } {
  const taken = new Set(document.nodes.map((node) => node.id));
  const base = idBase(type);
  const id = base === 'start' && !taken.has('start') ? 'start' : uniqueNodeId(base, taken);
  const node = defaultNode(type, id, position);
  let next: Playbook = { ...document, nodes: [...document.nodes, node] };
  if (options.after) next = connect(next, { from: options.after.node, port: options.after.port, to: id }).document;
  return { document: next, id };
}
