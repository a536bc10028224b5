export interface TimePickerProps {
  /** `HH:MM` on a 24-hour clock. */
  value: string | undefined;
  onChange(value: string): void;
  id?: string;
  testId?: string;
  ariaLabel?: string;
  disabled?: boolean;
}

/** A time of day, HH:MM. */
export function TimePicker({ value, onChange, id, testId, ariaLabel, disabled }: TimePickerProps) {
  return (
    <input
      id={id}
      className="sf-input sf-time"
      type="time"
      step={60}
      value={value ?? ''}
      disabled={disabled}
      aria-label={ariaLabel}
      data-testid={testId}
      onChange={(event) => {
        const text = event.target.value.slice(0, 5);
        if (/^([01]\d|2[0-3]):[0-5]\d$/.test(text)) onChange(text);
      }}
    />
  );
}
