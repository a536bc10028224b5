import { nameStep, type Playbook } from '@stayflow/playbook';
import type { EditorLocale } from '../i18n/editorResources.ts';
import { updateNode } from './updateNode.ts';

/**
 * Names a step in the user's language: `label` in English, `meta.i18n[locale].label` in another.
 * The step's names in the other languages are marked as needing translation (`nameStep` in
 * @stayflow/playbook), and the card and the inspector say so. An empty name removes the name in
 * that language; with no name in any language, the card describes the step from its settings.
 */
export function renameNode(document: Playbook, id: string, name: string, options: { locale?: EditorLocale } = {}): Playbook {
  return updateNode(document, id, (node) => nameStep(node, name, options.locale ?? 'en'));
}
