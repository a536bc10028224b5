import type { ActionKind, NodeType } from '@stayflow/playbook';
import type { NewNodeType, NodeKind } from '../model/types.ts';

export interface PaletteItem {
  type: NewNodeType;
  kind: NodeKind;
  /** `palette-<type>` or `palette-action-<action>`. */
  testId: string;
}

const flow = (kind: Exclude<NodeType, 'action'>): PaletteItem => ({ type: kind, kind, testId: `palette-${kind}` });
const action = (kind: ActionKind): PaletteItem => ({ type: `action:${kind}`, kind, testId: `palette-action-${kind}` });

export const TRIGGER_ITEM = flow('trigger');

export const PALETTE_GROUPS: readonly { id: 'flow' | 'actions'; items: readonly PaletteItem[] }[] = [
  { id: 'flow', items: [flow('condition'), flow('switch'), flow('split'), flow('wait'), flow('wait_event'), flow('exit')] },
  {
    id: 'actions',
    items: [action('send_message'), action('webhook'), action('update_customer'), action('add_tag'), action('remove_tag'), action('issue_coupon'), action('create_task')],
  },
];
