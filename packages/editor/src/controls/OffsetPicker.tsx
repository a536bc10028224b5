import { useEditorT } from '../hooks/useEditorT.ts';
import { DurationPicker } from './DurationPicker.tsx';

export interface OffsetPickerProps {
  /** An ISO 8601 offset: `-P7D` is 7 days before, `P1D` 1 day after; none is the day itself. */
  value: string | undefined;
  onChange(value: string | undefined): void;
  testId?: string;
  disabled?: boolean;
}

type Direction = 'on' | 'before' | 'after';

/** "On the day" / "7 days before" / "1 day after" ⇄ ISO offset. */
export function OffsetPicker({ value, onChange, testId, disabled }: OffsetPickerProps) {
  const { t, locale } = useEditorT();
  const direction: Direction = !value ? 'on' : value.startsWith('-') ? 'before' : 'after';
  const duration = value ? value.replace(/^-/, '') : 'P1D';
  const write = (next: Direction, amount: string) => onChange(next === 'on' ? undefined : next === 'before' ? `-${amount}` : amount);
  const amount = direction !== 'on' && <DurationPicker value={duration} onChange={(d) => write(direction, d)} testId={testId ? `${testId}-duration` : undefined} disabled={disabled} />;
  // "7 days before" in English, "提前 7 天" in Chinese.
  const directionFirst = locale !== 'en';
  return (
    <div className="sf-offset">
      {!directionFirst && amount}
      <select
        className="sf-select"
        value={direction}
        disabled={disabled}
        data-testid={testId ? `${testId}-direction` : undefined}
        aria-label={t('trigger.offset')}
        onChange={(event) => write(event.target.value as Direction, duration)}
      >
        <option value="on">{t('offset.onDay')}</option>
        <option value="before">{t('offset.before')}</option>
        <option value="after">{t('offset.after')}</option>
      </select>
      {directionFirst && amount}
    </div>
  );
}
