import type { Playbook, Position, Settings } from '@stayflow/playbook';
import type { EditorLocale } from '../i18n/editorResources.ts';
import { autoLayout, type LayoutOptions } from '../model/autoLayout.ts';
import type { NewNodeType } from '../model/types.ts';
import { addNode, type AddNodeOptions } from './addNode.ts';
import type { Clipboard } from './clipboard.ts';
import { pasteNodes } from './clipboard.ts';
import { connect, type ConnectRefusal } from './connect.ts';
import { duplicateNode } from './duplicateNode.ts';
import { moveNodes } from './moveNodes.ts';
import { removeElements } from './removeElements.ts';
import { renameNode } from './renameNode.ts';
import { renamePort, updateNode, type NodePatch } from './updateNode.ts';
import { updatePlaybook } from './updatePlaybook.ts';
import { updateSettings } from './updateSettings.ts';

/** One edit of the document, as data: what the store records and undo steps over. */
export type PlaybookChange =
  | { type: 'add'; nodeType: NewNodeType; position: Position; options?: AddNodeOptions }
  | { type: 'move'; positions: Readonly<Record<string, Position>> }
  | { type: 'remove'; nodes: readonly string[]; edges?: readonly string[] }
  | { type: 'connect'; from: string; port?: string | null; to: string }
  | { type: 'update'; id: string; patch: NodePatch }
  | { type: 'renamePort'; id: string; from: string; to: string }
  | { type: 'rename'; id: string; name: string; locale?: EditorLocale }
  | { type: 'settings'; patch: { [K in keyof Settings]?: Settings[K] | undefined } }
  | { type: 'playbook'; field: 'name' | 'description'; value: string; locale?: EditorLocale }
  | { type: 'paste'; clipboard: Clipboard; offset?: Position }
  | { type: 'duplicate'; id: string }
  | { type: 'layout'; options?: LayoutOptions };

export interface ChangeResult {
  document: Playbook;
  /** Ids of nodes the change created (add, paste, duplicate). */
  created?: string[];
  /** Why a connection was refused (the document is then unchanged). */
  reason?: ConnectRefusal;
  skippedTrigger?: boolean;
}

/** Applies one change with the pure edit functions; an unchanged document comes back as the same object. */
export function applyChange(document: Playbook, change: PlaybookChange): ChangeResult {
  switch (change.type) {
    case 'add': {
      const { document: next, id } = addNode(document, change.nodeType, change.position, change.options);
      return { document: next, created: [id] };
    }
    case 'move':
      return { document: moveNodes(document, change.positions) };
    case 'remove':
      return { document: removeElements(document, change.nodes, change.edges) };
    case 'connect':
      return connect(document, change);
    case 'update':
      return { document: updateNode(document, change.id, change.patch) };
    case 'renamePort':
      return { document: renamePort(document, change.id, change.from, change.to) };
    case 'rename':
      return { document: renameNode(document, change.id, change.name, { locale: change.locale }) };
    case 'settings':
      return { document: updateSettings(document, change.patch) };
    case 'playbook':
      return { document: updatePlaybook(document, change.field, change.value, { locale: change.locale }) };
    case 'paste': {
      const result = pasteNodes(document, change.clipboard, change.offset);
      return { document: result.document, created: result.ids, skippedTrigger: result.skippedTrigger };
    }
    case 'duplicate': {
      const result = duplicateNode(document, change.id);
      return { document: result.document, created: result.id === undefined ? [] : [result.id] };
    }
    case 'layout':
      return { document: autoLayout(document, change.options) };
  }
}
