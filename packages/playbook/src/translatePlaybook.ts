import type { Playbook, PlaybookNode } from './schema/index.ts';
import type { Locale } from './messages.ts';

/** The texts a playbook or node can carry a translation of under `meta.i18n[locale]`; `template.*` reach into a message. */
export type TranslatedField = 'name' | 'description' | 'label' | 'title' | 'template.subject' | 'template.body';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/**
 * The translation of one text kept in `meta.i18n[locale]`, the one place that reads it.
 * A blank or non-text translation counts as missing, so the original shows instead.
 */
export function translatedText(meta: unknown, locale: Locale, field: TranslatedField): string | undefined {
  let value: unknown = isRecord(meta) && isRecord(meta.i18n) ? meta.i18n[locale] : undefined;
  for (const key of field.split('.')) value = isRecord(value) ? value[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function translateNode(node: PlaybookNode, locale: Locale): PlaybookNode {
  const translated = (field: TranslatedField) => translatedText(node.meta, locale, field);
  const copy = { ...node };
  const label = translated('label');
  if (label !== undefined) copy.label = label;
  if (copy.type === 'action' && copy.action === 'send_message' && copy.template) {
    const subject = translated('template.subject');
    const body = translated('template.body');
    copy.template = { ...copy.template, ...(subject !== undefined && { subject }), ...(body !== undefined && { body }) };
  }
  const title = translated('title');
  if (copy.type === 'action' && copy.action === 'create_task' && title !== undefined) copy.title = title;
  return copy;
}

/**
 * The playbook in another language, from the translations it carries under `meta.i18n`
 * (name, description, step labels, message subjects and bodies, task titles): a template used in
 * Chinese becomes a playbook that sends Chinese messages. Text without a translation,
 * and everything else, is kept; the `meta.i18n` entries stay as they are.
 */
export function translatePlaybook(playbook: Playbook, locale: Locale): Playbook {
  const copy = structuredClone(playbook);
  const name = translatedText(copy.meta, locale, 'name');
  const description = translatedText(copy.meta, locale, 'description');
  if (name !== undefined) copy.name = name;
  if (description !== undefined) copy.description = description;
  copy.nodes = copy.nodes.map((node) => translateNode(node, locale));
  return copy;
}
