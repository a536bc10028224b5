import { useState } from 'react';

export interface NumberInputProps {
  value: number | undefined;
  onChange(value: number | undefined): void;
  min?: number;
  max?: number;
  step?: number;
  id?: string;
  testId?: string;
  ariaLabel?: string;
  disabled?: boolean;
  className?: string;
  /** Whole numbers only. */
  integer?: boolean;
  /** Marks the value as refused (`aria-invalid`), with the id of the sentence that says why. */
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A number field that lets people clear it and type freely: the text is kept while it is
 * not a number yet, and only numbers reach `onChange` (an emptied field gives `undefined`).
 */
export function NumberInput({ value, onChange, min, max, step, id, testId, ariaLabel, disabled, className, integer, invalid, describedBy }: NumberInputProps) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (value === undefined ? draft !== '' : Number(draft) !== value) setDraft(value === undefined ? '' : String(value));
  }
  return (
    <input
      id={id}
      className={className ? `sf-input sf-number ${className}` : 'sf-input sf-number'}
      type="number"
      inputMode={integer ? 'numeric' : 'decimal'}
      value={draft}
      min={min}
      max={max}
      step={step ?? (integer ? 1 : 'any')}
      disabled={disabled}
      aria-label={ariaLabel}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      data-testid={testId}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        if (text.trim() === '') {
          setShown(undefined);
          onChange(undefined);
          return;
        }
        const parsed = Number(text);
        if (!Number.isFinite(parsed)) return;
        const next = integer ? Math.round(parsed) : parsed;
        setShown(next);
        onChange(next);
      }}
    />
  );
}
