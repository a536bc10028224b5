import type { ReactNode } from 'react';

export interface ToggleProps {
  checked: boolean;
  onChange(checked: boolean): void;
  label: ReactNode;
  testId?: string;
  disabled?: boolean;
}

/** An on/off switch with its label. */
export function Toggle({ checked, onChange, label, testId, disabled }: ToggleProps) {
  return (
    <label className="sf-toggle">
      <input type="checkbox" role="switch" checked={checked} disabled={disabled} data-testid={testId} onChange={(event) => onChange(event.target.checked)} />
      <span className="sf-toggle-track" aria-hidden="true" />
      <span className="sf-toggle-label">{label}</span>
    </label>
  );
}
