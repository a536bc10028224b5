import type { WaitEventNode } from '@stayflow/playbook';
import { ConditionBuilder } from '../condition/ConditionBuilder.tsx';
import { DurationPicker } from '../controls/DurationPicker.tsx';
import { Field } from '../controls/Field.tsx';
import { SuggestInput } from '../controls/SuggestInput.tsx';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';
import { eventSuggestions } from './suggestions.ts';

export function WaitEventForm({ node, update, readOnly }: NodeFormProps<WaitEventNode>) {
  const { t } = useEditorT();
  const { fields } = useEditorConfig();
  return (
    <>
      <Field label={t('waitEvent.event')} hint={t('trigger.eventHint')}>
        {(id) => (
          <SuggestInput id={id} value={node.event} onChange={(event) => update({ event }, 'event')} suggestions={eventSuggestions(fields)} placeholder={t('trigger.eventPlaceholder')} testId="field-event" disabled={readOnly} />
        )}
      </Field>
      <Field label={t('waitEvent.where')} hint={t('trigger.whereHint')}>
        <ConditionBuilder value={node.where} onChange={(where) => update({ where })} event optional testId="field-where" />
      </Field>
      <Field label={t('waitEvent.timeout')} hint={t('waitEvent.timeoutHint')}>
        <DurationPicker value={node.timeout} onChange={(timeout) => update({ timeout }, 'timeout')} testId="field-timeout" disabled={readOnly} />
      </Field>
    </>
  );
}
