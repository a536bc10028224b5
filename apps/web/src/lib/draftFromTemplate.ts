import { translatePlaybook, type Playbook } from '@stayflow/playbook';
import type { Locale } from '../api/types.ts';
import { uniqueId } from './playbookId.ts';

// Its own module: translatePlaybook comes from the format's package root, which the
// playbook list (in the first download) must not pull in; only the templates page uses it.

/**
 * A new draft from a template, in the operator's language (a template used in Chinese
 * sends Chinese messages), under the template's id when free, else suffixed (`win-back-2`).
 */
export function draftFromTemplate(template: Playbook, taken: Iterable<string>, locale: Locale): Playbook {
  return { ...translatePlaybook(template, locale), id: uniqueId(template.id, taken) };
}
