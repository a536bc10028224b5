import type { ActionKind, PlaybookNode, Position } from '@stayflow/playbook';
import { EMPTY_CONDITION } from '../condition/queryToLogic.ts';
import type { NewNodeType } from '../model/types.ts';
import { splitNewNodeType } from '../model/nodeKind.ts';

/** The id a new node of this kind is named after. */
export function idBase(type: NewNodeType): string {
  const { type: nodeType, action } = splitNewNodeType(type);
  if (nodeType === 'trigger') return 'start';
  return action ?? nodeType;
}

function actionDefaults(action: ActionKind): Record<string, unknown> {
  switch (action) {
    case 'send_message':
      return { channel: 'email', template: { subject: '', body: '' } };
    case 'webhook':
      return { url: '', method: 'POST' };
    case 'update_customer':
      return { set: {} };
    case 'add_tag':
    case 'remove_tag':
      return { tag: '' };
    case 'issue_coupon':
      return { percent: 10, valid_for: 'P14D' };
    case 'create_task':
      return { title: '', due_in: 'P2D' };
  }
}

/**
 * A new node with sensible settings: what an operator would most often pick, or an
 * empty field validation will point at (a message body, a tag) rather than a guess.
 */
export function defaultNode(type: NewNodeType, id: string, position: Position): PlaybookNode {
  const { type: nodeType, action } = splitNewNodeType(type);
  const common = { id, position: { x: Math.round(position.x), y: Math.round(position.y) } };
  switch (nodeType) {
    case 'trigger':
      return { ...common, type: 'trigger', on: 'event', event: 'order_placed' };
    case 'condition':
      return { ...common, type: 'condition', if: EMPTY_CONDITION };
    case 'switch':
      return { ...common, type: 'switch', cases: [{ port: 'case_1', if: EMPTY_CONDITION }] };
    case 'wait':
      return { ...common, type: 'wait', for: 'P1D' };
    case 'wait_event':
      return { ...common, type: 'wait_event', event: 'order_placed', timeout: 'P7D' };
    case 'split':
      return { ...common, type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] };
    case 'exit':
      return { ...common, type: 'exit' };
    case 'action':
      return { ...common, type: 'action', action: action ?? 'send_message', ...actionDefaults(action ?? 'send_message') } as PlaybookNode;
  }
}
