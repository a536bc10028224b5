import { translatePlaybook, type Playbook } from '@stayflow/playbook';
import type { Locale } from '../api/types.ts';
import { uniqueId } from './playbookId.ts';

// Its own module: translatePlaybook comes from the format's package root, which the
// playbook list (in the first download) must not pull in; only the templates page uses it.

/**
 * A new draft from a template, in the operator's language (a template used in Chinese
 * sends Chinese messages), under the template's id when free, else suffixed (`win-back-2`).
 * `meta.template` names the template, so the publish preview's overlap guard finds the
 * live playbooks made from it whatever the draft is renamed to.
 */
export function draftFromTemplate(template: Playbook, taken: Iterable<string>, locale: Locale): Playbook {
  const translated = translatePlaybook(template, locale);
  return { ...translated, id: uniqueId(template.id, taken), meta: { ...translated.meta, template: template.id } };
}
