import { WEEKDAYS, type WaitNode, type Weekday } from '@stayflow/playbook';
import { DurationPicker } from '../controls/DurationPicker.tsx';
import { Field } from '../controls/Field.tsx';
import { OffsetPicker } from '../controls/OffsetPicker.tsx';
import { SuggestInput } from '../controls/SuggestInput.tsx';
import { TimePicker } from '../controls/TimePicker.tsx';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';
import { dateAttributes } from './suggestions.ts';

type Mode = 'for' | 'until' | 'untilTime';

const MODE_FIELDS: Record<Mode, Record<string, unknown>> = {
  for: { for: 'P1D', until: undefined, untilTime: undefined, days: undefined },
  until: { for: undefined, until: { attribute: '' }, untilTime: undefined, days: undefined },
  untilTime: { for: undefined, until: undefined, untilTime: '09:00' },
};

/** A wait for a duration, until a date attribute (± offset), or until a time of day on chosen weekdays. */
export function WaitForm({ node, update, readOnly }: NodeFormProps<WaitNode>) {
  const { t } = useEditorT();
  const { fields } = useEditorConfig();
  const mode: Mode = node.until !== undefined ? 'until' : node.untilTime !== undefined ? 'untilTime' : 'for';
  const toggleDay = (day: Weekday, on: boolean) => {
    const chosen = new Set(node.days ?? []);
    if (on) chosen.add(day);
    else chosen.delete(day);
    const days = WEEKDAYS.filter((d) => chosen.has(d));
    update({ days: days.length ? days : undefined });
  };
  return (
    <>
      <Field label={t('wait.mode')}>
        {(id) => (
          <select id={id} className="sf-select" value={mode} disabled={readOnly} data-testid="field-wait-mode" onChange={(e) => update(MODE_FIELDS[e.target.value as Mode])}>
            {(['for', 'until', 'untilTime'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`wait.modes.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {mode === 'for' && (
        <Field label={t('wait.for')}>
          <DurationPicker value={node.for} onChange={(value) => update({ for: value }, 'for')} testId="field-for" disabled={readOnly} />
        </Field>
      )}
      {mode === 'until' && (
        <>
          <Field label={t('wait.attribute')}>
            {(id) => (
              <SuggestInput
                id={id}
                value={node.until?.attribute ?? ''}
                onChange={(attribute) => update({ until: { ...node.until, attribute } }, 'until.attribute')}
                suggestions={dateAttributes(fields)}
                placeholder={t('trigger.attributePlaceholder')}
                testId="field-until-attribute"
                disabled={readOnly}
              />
            )}
          </Field>
          <Field label={t('wait.offset')}>
            <OffsetPicker
              value={node.until?.offset}
              onChange={(offset) => {
                const { offset: _old, ...rest } = node.until ?? { attribute: '' };
                update({ until: offset === undefined ? rest : { ...rest, offset } }, 'until.offset');
              }}
              testId="field-until-offset"
              disabled={readOnly}
            />
          </Field>
        </>
      )}
      {mode === 'untilTime' && (
        <>
          <Field label={t('wait.time')} hint={t('wait.timeHint')}>
            {(id) => <TimePicker id={id} value={node.untilTime} onChange={(untilTime) => update({ untilTime }, 'untilTime')} testId="field-until-time" disabled={readOnly} />}
          </Field>
          <Field label={t('wait.days')} hint={t('wait.daysHint')}>
            <div className="sf-weekdays">
              {WEEKDAYS.map((day) => (
                <label key={day} className={node.days?.includes(day) ? 'sf-chip sf-active' : 'sf-chip'}>
                  <input type="checkbox" checked={node.days?.includes(day) ?? false} disabled={readOnly} data-testid={`field-day-${day}`} onChange={(e) => toggleDay(day, e.target.checked)} />
                  {t(`weekday.${day}`)}
                </label>
              ))}
            </div>
          </Field>
        </>
      )}
    </>
  );
}
