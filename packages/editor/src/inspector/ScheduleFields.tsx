import type { ScheduleTrigger } from '@stayflow/playbook';
import { Field } from '../controls/Field.tsx';
import { DurationPicker } from '../controls/DurationPicker.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import { CRON_PRESET_NAMES, CRON_PRESETS, cronPreset, DEFAULT_CRON } from '../model/cronPresets.ts';
import type { NodeFormProps } from './NodeFormProps.ts';

/** A schedule: fixed times (presets such as "every Monday 09:00", or cron) or a repeat interval. */
export function ScheduleFields({ node, update, readOnly }: NodeFormProps<ScheduleTrigger>) {
  const { t } = useEditorT();
  const mode = node.every !== undefined ? 'every' : 'cron';
  const preset = node.cron === undefined ? 'custom' : (cronPreset(node.cron) ?? 'custom');
  return (
    <>
      <Field label={t('trigger.scheduleMode')}>
        <div className="sf-segmented" role="radiogroup">
          {(['cron', 'every'] as const).map((option) => (
            <label key={option} className={mode === option ? 'sf-segment sf-active' : 'sf-segment'}>
              <input
                type="radio"
                name={`${node.id}-schedule`}
                checked={mode === option}
                disabled={readOnly}
                data-testid={`field-schedule-${option}`}
                onChange={() => update(option === 'every' ? { every: 'P1D', cron: undefined } : { cron: DEFAULT_CRON, every: undefined })}
              />
              {t(option === 'every' ? 'trigger.everyMode' : 'trigger.cronMode')}
            </label>
          ))}
        </div>
      </Field>
      {mode === 'cron' ? (
        <>
          <Field label={t('trigger.preset')}>
            {(id) => (
              <select
                id={id}
                className="sf-select"
                value={preset}
                disabled={readOnly}
                data-testid="field-cron-preset"
                onChange={(event) => {
                  const name = CRON_PRESET_NAMES.find((p) => p === event.target.value);
                  if (name) update({ cron: CRON_PRESETS[name] });
                }}
              >
                {CRON_PRESET_NAMES.map((p) => (
                  <option key={p} value={p}>
                    {t(`trigger.presets.${p}`)}
                  </option>
                ))}
                <option value="custom">{t('trigger.presets.custom')}</option>
              </select>
            )}
          </Field>
          {preset === 'custom' && (
            <Field label={t('trigger.cron')} hint={t('trigger.cronHint')}>
              {(id) => (
                <input id={id} className="sf-input sf-mono" value={node.cron ?? ''} disabled={readOnly} data-testid="field-cron" onChange={(e) => update({ cron: e.target.value }, 'cron')} />
              )}
            </Field>
          )}
        </>
      ) : (
        <Field label={t('trigger.every')}>
          <DurationPicker value={node.every} onChange={(every) => update({ every }, 'every')} disabled={readOnly} testId="field-every" units={['hours', 'days', 'weeks', 'months']} />
        </Field>
      )}
    </>
  );
}
