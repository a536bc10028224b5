import type { PlaybookNode, TriggerKind, TriggerNode } from '@stayflow/playbook';
import { ConditionBuilder } from '../condition/ConditionBuilder.tsx';
import { EMPTY_CONDITION } from '../condition/queryToLogic.ts';
import { Field } from '../controls/Field.tsx';
import { DEFAULT_CRON } from '../model/cronPresets.ts';
import { OffsetPicker } from '../controls/OffsetPicker.tsx';
import { SuggestInput } from '../controls/SuggestInput.tsx';
import { TimePicker } from '../controls/TimePicker.tsx';
import { Toggle } from '../controls/Toggle.tsx';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import { commonFields, type NodeFormProps } from './NodeFormProps.ts';
import { ScheduleFields } from './ScheduleFields.tsx';
import { dateAttributes, eventSuggestions } from './suggestions.ts';

const KINDS: TriggerKind[] = ['event', 'segment', 'schedule', 'date', 'manual'];

function triggerOfKind(node: TriggerNode, on: TriggerKind): PlaybookNode {
  const common = { ...commonFields(node), type: 'trigger' as const };
  switch (on) {
    case 'event':
      return { ...common, on, event: 'order_placed' };
    case 'segment':
      return { ...common, on, if: EMPTY_CONDITION };
    case 'schedule':
      return { ...common, on, cron: DEFAULT_CRON };
    case 'date':
      return { ...common, on, attribute: 'birthday', at: '09:00', yearly: true };
    case 'manual':
      return { ...common, on };
  }
}

/** When customers enter: an event, a condition they start to match, a schedule, a date, or by hand. */
export function TriggerForm(props: NodeFormProps<TriggerNode>) {
  const { node, update, replace, readOnly } = props;
  const { t } = useEditorT();
  const { fields } = useEditorConfig();
  return (
    <>
      <Field label={t('trigger.kind')}>
        {(id) => (
          <select id={id} className="sf-select" value={node.on} disabled={readOnly} data-testid="field-trigger-on" onChange={(e) => replace(triggerOfKind(node, e.target.value as TriggerKind))}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`trigger.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {node.on === 'event' && (
        <>
          <Field label={t('trigger.event')} hint={t('trigger.eventHint')}>
            {(id) => (
              <SuggestInput id={id} value={node.event} onChange={(event) => update({ event }, 'event')} suggestions={eventSuggestions(fields)} placeholder={t('trigger.eventPlaceholder')} testId="field-event" disabled={readOnly} />
            )}
          </Field>
          <Field label={t('trigger.where')} hint={t('trigger.whereHint')}>
            <ConditionBuilder value={node.where} onChange={(where) => update({ where })} event optional testId="field-where" />
          </Field>
        </>
      )}
      {node.on === 'segment' && (
        <Field label={t('trigger.segment')} hint={t('trigger.segmentHint')}>
          <ConditionBuilder value={node.if} onChange={(logic) => update({ if: logic })} testId="field-if" />
        </Field>
      )}
      {node.on === 'schedule' && (
        <>
          <ScheduleFields {...props} node={node} />
          <Field label={t('trigger.audience')} hint={t('trigger.audienceHint')}>
            <ConditionBuilder value={node.audience} onChange={(audience) => update({ audience })} optional testId="field-audience" />
          </Field>
        </>
      )}
      {node.on === 'date' && (
        <>
          <Field label={t('trigger.attribute')}>
            {(id) => (
              <SuggestInput id={id} value={node.attribute} onChange={(attribute) => update({ attribute }, 'attribute')} suggestions={dateAttributes(fields)} placeholder={t('trigger.attributePlaceholder')} testId="field-attribute" disabled={readOnly} />
            )}
          </Field>
          <Field label={t('trigger.offset')}>
            <OffsetPicker value={node.offset} onChange={(offset) => update({ offset }, 'offset')} testId="field-offset" disabled={readOnly} />
          </Field>
          <Field label={t('trigger.at')} hint={t('trigger.atHint')}>
            {(id) => <TimePicker id={id} value={node.at} onChange={(at) => update({ at }, 'at')} testId="field-at" disabled={readOnly} />}
          </Field>
          <Toggle checked={node.yearly ?? false} onChange={(yearly) => update({ yearly: yearly || undefined })} label={t('trigger.yearly')} testId="field-yearly" disabled={readOnly} />
        </>
      )}
      {node.on === 'manual' && <p className="sf-note">{t('trigger.manualHint')}</p>}
    </>
  );
}
