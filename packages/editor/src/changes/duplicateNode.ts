import type { Playbook } from '@stayflow/playbook';
import { copyNodes, pasteNodes } from './clipboard.ts';

/** A copy of one node next to it, unconnected. */
export function duplicateNode(document: Playbook, id: string): { document: Playbook; id: string | undefined } {
  const result = pasteNodes(document, copyNodes(document, [id]), { x: 40, y: 40 });
  return { document: result.document, id: result.ids[0] };
}
