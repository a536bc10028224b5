import { translatedText, type Reentry, type Settings } from '@stayflow/playbook';
import { ConditionBuilder } from '../condition/ConditionBuilder.tsx';
import { EMPTY_CONDITION } from '../condition/queryToLogic.ts';
import { DurationPicker } from '../controls/DurationPicker.tsx';
import { Field } from '../controls/Field.tsx';
import { Icon } from '../controls/Icon.tsx';
import { NumberInput } from '../controls/NumberInput.tsx';
import { SuggestInput } from '../controls/SuggestInput.tsx';
import { TimePicker } from '../controls/TimePicker.tsx';
import { TimeZoneSelect } from '../controls/TimeZoneSelect.tsx';
import { Toggle } from '../controls/Toggle.tsx';
import { useDocument } from '../hooks/useDocument.ts';
import { useEditorActions } from '../hooks/useEditorActions.ts';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import { eventSuggestions } from '../inspector/suggestions.ts';

const REENTRY_MODES: Reentry['mode'][] = ['never', 'after_exit', 'always'];

type SettingsPatch = { [K in keyof Settings]?: Settings[K] | undefined };

/** Rules for the whole playbook, each with a sentence saying what it does. */
export function SettingsPanel() {
  const { t, locale } = useEditorT();
  const { readOnly, fields } = useEditorConfig();
  const document = useDocument();
  const actions = useEditorActions();
  const settings = document.settings ?? {};
  const set = (patch: SettingsPatch, field?: string) => actions.apply({ type: 'settings', patch }, field ? { coalesce: `settings.${field}` } : {});
  const translated = (field: 'name' | 'description') => (locale !== 'en' ? translatedText(document.meta, locale, field) : undefined);
  const name = translated('name') ?? document.name;
  const description = translated('description') ?? document.description ?? '';
  const reentry = settings.reentry ?? { mode: 'after_exit' as const };
  const holdout = settings.holdout ?? 0;

  return (
    <aside className="sf-inspector sf-settings" data-testid="settings-panel" aria-label={t('settings.title')}>
      <header className="sf-panel-header">
        <span className="sf-kind-icon sf-kind-settings">
          <Icon name="settings" size={18} />
        </span>
        <div className="sf-panel-heading">
          <div className="sf-panel-title">{t('settings.title')}</div>
          <div className="sf-panel-subtitle">{t('settings.hint')}</div>
        </div>
      </header>
      <div className="sf-panel-body">
      <fieldset className="sf-fieldset" disabled={readOnly}>
        <Field label={t('settings.name')}>
          {(id) => (
            <input id={id} className="sf-input" value={name} data-testid="settings-name" onChange={(e) => actions.apply({ type: 'playbook', field: 'name', value: e.target.value, locale }, { coalesce: 'playbook.name' })} />
          )}
        </Field>
        <Field label={t('settings.description')}>
          {(id) => (
            <textarea id={id} className="sf-textarea" rows={3} value={description} data-testid="settings-description" onChange={(e) => actions.apply({ type: 'playbook', field: 'description', value: e.target.value, locale }, { coalesce: 'playbook.description' })} />
          )}
        </Field>
        <Field label={t('settings.timezone')} hint={t('settings.timezoneHint')}>
          {(id) => <TimeZoneSelect id={id} value={settings.timezone} onChange={(timezone) => set({ timezone })} testId="settings-timezone" />}
        </Field>

        <section className="sf-section">
          <h3 className="sf-section-title">{t('settings.reentry')}</h3>
          <div className="sf-choices" role="radiogroup">
            {REENTRY_MODES.map((mode) => (
              <label key={mode} className={reentry.mode === mode ? 'sf-choice sf-active' : 'sf-choice'}>
                <input type="radio" name="sf-reentry" checked={reentry.mode === mode} data-testid={`settings-reentry-${mode}`} onChange={() => set({ reentry: mode === 'after_exit' ? { ...reentry, mode } : { mode } })} />
                <span>
                  <span className="sf-choice-title">{t(`settings.reentryModes.${mode}`)}</span>
                  <span className="sf-choice-hint">{t(`settings.reentryHints.${mode}`)}</span>
                </span>
              </label>
            ))}
          </div>
          {reentry.mode === 'after_exit' && (
            <div className="sf-inline sf-indent">
              <Toggle checked={reentry.cooldown !== undefined} onChange={(on) => set({ reentry: on ? { ...reentry, cooldown: 'P30D' } : { mode: reentry.mode } })} label={t('settings.cooldown')} testId="settings-cooldown-on" />
              {reentry.cooldown !== undefined && (
                <>
                  <DurationPicker value={reentry.cooldown} onChange={(cooldown) => set({ reentry: { ...reentry, cooldown } }, 'cooldown')} testId="settings-cooldown" units={['days', 'weeks', 'months']} />
                  <span className="sf-muted">{t('settings.cooldownHint')}</span>
                </>
              )}
            </div>
          )}
        </section>

        <section className="sf-section">
          <h3 className="sf-section-title">{t('settings.goal')}</h3>
          <p className="sf-hint">{t('settings.goalHint')}</p>
          <Toggle checked={settings.goal !== undefined} onChange={(on) => set({ goal: on ? { event: 'order_placed', within: 'P30D' } : undefined })} label={t('settings.goalOn')} testId="settings-goal-on" />
          {settings.goal && (
            <div className="sf-indent">
              <Field label={t('settings.goalEvent')}>
                {(id) => <SuggestInput id={id} value={settings.goal!.event} onChange={(event) => set({ goal: { ...settings.goal!, event } }, 'goal.event')} suggestions={eventSuggestions(fields)} testId="settings-goal-event" />}
              </Field>
              <Field label={t('settings.goalWhere')} hint={t('trigger.whereHint')}>
                <ConditionBuilder
                  value={settings.goal.where}
                  onChange={(where) => {
                    const { where: _old, ...goal } = settings.goal!;
                    set({ goal: where === undefined ? goal : { ...goal, where } });
                  }}
                  event
                  optional
                  testId="settings-goal-where"
                />
              </Field>
              <Field label={t('settings.goalWithin')}>
                <DurationPicker value={settings.goal.within} onChange={(within) => set({ goal: { ...settings.goal!, within } }, 'goal.within')} testId="settings-goal-within" units={['hours', 'days', 'weeks', 'months']} />
              </Field>
              <Toggle
                checked={settings.goal.exit ?? false}
                onChange={(exit) => {
                  const { exit: _old, ...goal } = settings.goal!;
                  set({ goal: exit ? { ...goal, exit } : goal });
                }}
                label={t('settings.goalExit')}
                testId="settings-goal-exit"
              />
            </div>
          )}
        </section>

        <section className="sf-section">
          <h3 className="sf-section-title">{t('settings.exitWhen')}</h3>
          <p className="sf-hint">{t('settings.exitWhenHint')}</p>
          <Toggle checked={settings.exit_when !== undefined} onChange={(on) => set({ exit_when: on ? EMPTY_CONDITION : undefined })} label={t('settings.exitWhenOn')} testId="settings-exit-when-on" />
          {settings.exit_when !== undefined && (
            <div className="sf-indent">
              <ConditionBuilder value={settings.exit_when} onChange={(exit_when) => set({ exit_when })} testId="settings-exit-when" />
            </div>
          )}
        </section>

        <section className="sf-section">
          <h3 className="sf-section-title">{t('settings.quietHours')}</h3>
          <p className="sf-hint">{t('settings.quietHoursHint')}</p>
          <Toggle checked={settings.quiet_hours !== undefined} onChange={(on) => set({ quiet_hours: on ? { start: '21:00', end: '09:00' } : undefined })} label={t('settings.quietHoursOn')} testId="settings-quiet-on" />
          {settings.quiet_hours && (
            <div className="sf-inline sf-indent">
              <span>{t('settings.from')}</span>
              <TimePicker value={settings.quiet_hours.start} onChange={(start) => set({ quiet_hours: { ...settings.quiet_hours!, start } })} testId="settings-quiet-start" ariaLabel={t('settings.from')} />
              <span>{t('settings.to')}</span>
              <TimePicker value={settings.quiet_hours.end} onChange={(end) => set({ quiet_hours: { ...settings.quiet_hours!, end } })} testId="settings-quiet-end" ariaLabel={t('settings.to')} />
            </div>
          )}
        </section>

        <section className="sf-section">
          <h3 className="sf-section-title">{t('settings.frequencyCap')}</h3>
          <p className="sf-hint">{t('settings.frequencyCapHint')}</p>
          <Toggle checked={settings.frequency_cap !== undefined} onChange={(on) => set({ frequency_cap: on ? { max: 3, per: 'P7D' } : undefined })} label={t('settings.frequencyCapOn')} testId="settings-cap-on" />
          {settings.frequency_cap && (
            <div className="sf-inline sf-indent">
              <span>{t('settings.max')}</span>
              <NumberInput value={settings.frequency_cap.max} min={1} max={1000} integer className="sf-short" onChange={(max) => max !== undefined && set({ frequency_cap: { ...settings.frequency_cap!, max } }, 'cap.max')} testId="settings-cap-max" />
              <span>{t('settings.per')}</span>
              <DurationPicker value={settings.frequency_cap.per} onChange={(per) => set({ frequency_cap: { ...settings.frequency_cap!, per } }, 'cap.per')} testId="settings-cap-per" units={['hours', 'days', 'weeks', 'months']} />
            </div>
          )}
        </section>

        <section className="sf-section">
          <h3 className="sf-section-title">{t('settings.holdout')}</h3>
          <div className="sf-inline sf-slider">
            <input type="range" min={0} max={50} step={1} value={holdout} aria-label={t('settings.holdout')} data-testid="settings-holdout" onChange={(e) => set({ holdout: Number(e.target.value) || undefined }, 'holdout')} />
            <span className="sf-slider-value">{holdout}%</span>
          </div>
          <p className="sf-hint">{holdout > 0 ? t('settings.holdoutHint', { percent: holdout }) : t('settings.holdoutNone')}</p>
        </section>
      </fieldset>
      </div>
    </aside>
  );
}
