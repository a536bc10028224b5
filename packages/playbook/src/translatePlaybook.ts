import type { Playbook, PlaybookNode } from './schema/index.ts';
import type { Locale } from './messages.ts';

type Texts = Record<string, unknown>;

function translationsOf(meta: unknown, locale: Locale): Texts | undefined {
  if (meta === null || typeof meta !== 'object') return undefined;
  const i18n = (meta as { i18n?: unknown }).i18n;
  if (i18n === null || typeof i18n !== 'object') return undefined;
  const texts = (i18n as Record<string, unknown>)[locale];
  return texts !== null && typeof texts === 'object' ? (texts as Texts) : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function translateNode(node: PlaybookNode, locale: Locale): PlaybookNode {
  const texts = translationsOf(node.meta, locale);
  if (!texts) return node;
  const copy = { ...node } as PlaybookNode & { template?: Record<string, unknown> };
  const label = text(texts.label);
  if (label !== undefined) copy.label = label;
  const template = texts.template;
  if (copy.type === 'action' && copy.action === 'send_message' && template !== null && typeof template === 'object' && copy.template) {
    const translated = { ...copy.template };
    for (const field of ['subject', 'body'] as const) {
      const value = text((template as Texts)[field]);
      if (value !== undefined) translated[field] = value;
    }
    copy.template = translated;
  }
  const title = text(texts.title);
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
  const texts = translationsOf(copy.meta, locale);
  const name = text(texts?.name);
  const description = text(texts?.description);
  if (name !== undefined) copy.name = name;
  if (description !== undefined) copy.description = description;
  copy.nodes = copy.nodes.map((node) => translateNode(node, locale));
  return copy;
}
