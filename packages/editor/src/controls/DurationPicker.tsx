import { useEditorT } from '../hooks/useEditorT.ts';
import { DURATION_UNITS, formatDurationParts, parseDurationParts, type DurationUnit } from '../model/durationParts.ts';
import { NumberInput } from './NumberInput.tsx';

export interface DurationPickerProps {
  /** An ISO 8601 duration such as P3D. */
  value: string | undefined;
  onChange(value: string): void;
  testId?: string;
  id?: string;
  disabled?: boolean;
  /** Units offered; all by default. */
  units?: readonly DurationUnit[];
}

/** Number + unit (minutes … months) ⇄ ISO 8601 (PT30M, PT2H, P3D, P2W, P1M). */
export function DurationPicker({ value, onChange, testId, id, disabled, units = DURATION_UNITS }: DurationPickerProps) {
  const { t } = useEditorT();
  const parts = value === undefined || value === '' ? { amount: 1, unit: 'days' as const } : parseDurationParts(value);
  if (!parts) {
    return (
      <div className="sf-duration">
        <input
          id={id}
          className="sf-input sf-mono"
          value={value ?? ''}
          disabled={disabled}
          aria-label={t('duration_picker.raw')}
          data-testid={testId}
          onChange={(event) => onChange(event.target.value.trim().toUpperCase())}
        />
        <p className="sf-hint">{t('duration_picker.rawHint')}</p>
      </div>
    );
  }
  const offered = units.includes(parts.unit) ? units : [...units, parts.unit];
  // A negative amount is written as it is ("-P5D") and shown as a problem here and by the validator; never clamped to 0.
  const negative = parts.amount < 0;
  const problemId = negative && id ? `${id}-problem` : undefined;
  return (
    <div className={negative ? 'sf-duration sf-inline sf-invalid' : 'sf-duration sf-inline'}>
      <NumberInput
        id={id}
        className="sf-duration-amount"
        value={parts.amount}
        integer
        invalid={negative}
        describedBy={problemId}
        disabled={disabled}
        ariaLabel={t('duration_picker.amount')}
        testId={testId ? `${testId}-amount` : undefined}
        onChange={(amount) => onChange(formatDurationParts({ amount: amount ?? 0, unit: parts.unit }))}
      />
      <select
        className="sf-select sf-duration-unit"
        value={parts.unit}
        disabled={disabled}
        aria-label={t('duration_picker.unit')}
        data-testid={testId ? `${testId}-unit` : undefined}
        onChange={(event) => onChange(formatDurationParts({ amount: parts.amount, unit: event.target.value as DurationUnit }))}
      >
        {offered.map((unit) => (
          <option key={unit} value={unit}>
            {t(`unit.${unit}`)}
          </option>
        ))}
      </select>
      {negative && (
        <p className="sf-field-error" role="alert" id={problemId} data-testid={testId ? `${testId}-problem` : undefined}>
          {t('duration_picker.negative')}
        </p>
      )}
    </div>
  );
}
