import { translatedText, type Playbook } from '@stayflow/playbook';
import type { EditorLocale } from '../i18n/editorResources.ts';

type Described = 'name' | 'description';

/**
 * Changes the playbook's name or description. In Chinese, a playbook that carries a
 * Chinese translation (`meta.i18n["zh-CN"]`) gets that one changed, as for node labels;
 * emptying it removes the translation, since a blank one counts as missing anyway.
 */
export function updatePlaybook(document: Playbook, field: Described, value: string, options: { locale?: EditorLocale } = {}): Playbook {
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && translatedText(document.meta, locale, field) !== undefined) {
    const i18n = document.meta!.i18n as Record<string, Record<string, unknown>>;
    const { [field]: _previous, ...entry } = i18n[locale]!;
    return { ...document, meta: { ...document.meta, i18n: { ...i18n, [locale]: value.trim() === '' ? entry : { ...entry, [field]: value } } } };
  }
  if (field === 'description' && value === '') {
    const { description: _removed, ...rest } = document;
    return rest;
  }
  return { ...document, [field]: value };
}
