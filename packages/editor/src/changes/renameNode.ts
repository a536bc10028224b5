import { translatedText, type Playbook } from '@stayflow/playbook';
import type { EditorLocale } from '../i18n/editorResources.ts';
import { updateNode } from './updateNode.ts';

/**
 * Sets the name shown on a node's card. In Chinese, a node that carries a Chinese label
 * (`meta.i18n["zh-CN"].label`, as the templates do) gets that one changed, since it is
 * the one the user sees; otherwise `label`. An empty name removes it.
 */
export function renameNode(document: Playbook, id: string, name: string, options: { locale?: EditorLocale } = {}): Playbook {
  const locale = options.locale ?? 'en';
  return updateNode(document, id, (node) => {
    if (locale !== 'en' && translatedText(node.meta, locale, 'label') !== undefined) {
      const i18n = { ...(node.meta?.i18n as Record<string, Record<string, unknown>>) };
      const entry = { ...i18n[locale] };
      if (name.trim() === '') delete entry.label;
      else entry.label = name;
      i18n[locale] = entry;
      return { ...node, meta: { ...node.meta, i18n } };
    }
    const { label: _previous, ...rest } = node;
    return name.trim() === '' ? rest : { ...rest, label: name };
  });
}
