import type { Playbook } from '@stayflow/playbook';
import type { Locale } from '../api/types.ts';
import { copyId, deriveId, uniqueId } from './playbookId.ts';

const COPY_SUFFIX: Record<Locale, string> = { en: ' (copy)', 'zh-CN': '（副本）' };

/** A copy of a playbook under a free id, named "… (copy)" in English and "…（副本）" in its Chinese name. */
export function copyOfPlaybook(doc: Playbook, taken: Iterable<string>): Playbook {
  const meta = doc.meta ? structuredClone(doc.meta) : undefined;
  const zh = (meta?.i18n as Record<string, { name?: string }> | undefined)?.['zh-CN'];
  if (zh?.name) zh.name = `${zh.name}${COPY_SUFFIX['zh-CN']}`;
  return { ...structuredClone(doc), id: copyId(doc.id, taken), name: `${doc.name}${COPY_SUFFIX.en}`.slice(0, 200), ...(meta ? { meta } : {}) };
}

/** A blank playbook: a manual trigger to start from, named as the operator typed it. */
export function blankPlaybook(name: string, id: string, locale: Locale, triggerLabel: string): Playbook {
  const doc: Playbook = {
    schema: 'stayflow/playbook@1',
    id,
    name: name.trim(),
    nodes: [{ id: 'start', type: 'trigger', on: 'manual', label: triggerLabel, position: { x: 0, y: 0 } }],
    edges: [],
  };
  if (locale !== 'en') doc.meta = { i18n: { [locale]: { name: name.trim() } } };
  return doc;
}

/** The id a new playbook called `name` gets: derived from the name, kept unique. */
export function idForName(name: string, taken: Iterable<string>): string {
  return uniqueId(deriveId(name), taken);
}
