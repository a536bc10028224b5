import type { ValidationIssue } from '@stayflow/playbook';
import type { Translate } from '../i18n/translate.ts';

/** The form label of a field, by the end of its JSON path. */
const FIELD_LABELS: [RegExp, string][] = [
  [/^\$\.name$/, 'settings.name'],
  [/\.settings\.goal\.event$/, 'settings.goalEvent'],
  [/\.template\.body$/, 'message.body'],
  [/\.template\.subject$/, 'message.subject'],
  [/\.event$/, 'trigger.event'],
  [/\.url$/, 'webhook.url'],
  [/\.tag$/, 'tag.tag'],
  [/\.title$/, 'task.title'],
  [/\.attribute$/, 'trigger.attribute'],
  [/\.port$/, 'switch.port'],
];

/**
 * The sentence shown for a validation issue: the validator's message, except where the
 * editor can say it better because it knows the form — a condition left empty, or a
 * required field left blank ("Fill in “Message”.").
 */
export function issueMessage(issue: ValidationIssue, t: Translate): string {
  if (issue.code === 'logic.arity' && issue.params.given === 0 && (issue.params.operator === 'and' || issue.params.operator === 'or')) {
    return t('problems.emptyCondition');
  }
  if (issue.code === 'field.empty') {
    if (/\.set$/.test(issue.path)) return t('update.empty');
    const label = FIELD_LABELS.find(([pattern]) => pattern.test(issue.path))?.[1];
    return label ? t('problems.emptyField', { field: t(label) }) : t('problems.emptyFieldGeneric');
  }
  return issue.message;
}
