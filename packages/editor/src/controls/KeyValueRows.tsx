import { useState } from 'react';
import { Icon } from './Icon.tsx';

export interface KeyValueRowsProps {
  value: Readonly<Record<string, string>>;
  onChange(value: Record<string, string>): void;
  keyLabel: string;
  valueLabel: string;
  addLabel: string;
  removeLabel: string;
  testId?: string;
  disabled?: boolean;
}

type Row = { key: string; value: string };

const toRecord = (rows: readonly Row[]): Record<string, string> =>
  Object.fromEntries(rows.filter((row) => row.key.trim() !== '').map((row) => [row.key.trim(), row.value]));

const sameRecord = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** Name/value rows (webhook headers). Half-typed rows stay on screen; only named rows are saved. */
export function KeyValueRows({ value, onChange, keyLabel, valueLabel, addLabel, removeLabel, testId, disabled }: KeyValueRowsProps) {
  const [rows, setRows] = useState<Row[]>(() => Object.entries(value).map(([key, v]) => ({ key, value: v })));
  if (!sameRecord(toRecord(rows), value)) setRows(Object.entries(value).map(([key, v]) => ({ key, value: v })));
  const write = (next: Row[]) => {
    setRows(next);
    onChange(toRecord(next));
  };
  return (
    <div className="sf-rows" data-testid={testId}>
      {rows.map((row, index) => (
        <div className="sf-row" key={index}>
          <input
            className="sf-input"
            value={row.key}
            placeholder={keyLabel}
            aria-label={keyLabel}
            disabled={disabled}
            data-testid={testId ? `${testId}-key-${index}` : undefined}
            onChange={(event) => write(rows.map((r, i) => (i === index ? { ...r, key: event.target.value } : r)))}
          />
          <input
            className="sf-input"
            value={row.value}
            placeholder={valueLabel}
            aria-label={valueLabel}
            disabled={disabled}
            data-testid={testId ? `${testId}-value-${index}` : undefined}
            onChange={(event) => write(rows.map((r, i) => (i === index ? { ...r, value: event.target.value } : r)))}
          />
          <button type="button" className="sf-icon-button" title={removeLabel} aria-label={removeLabel} disabled={disabled} onClick={() => write(rows.filter((_, i) => i !== index))}>
            <Icon name="trash" />
          </button>
        </div>
      ))}
      <button type="button" className="sf-link-button" disabled={disabled} data-testid={testId ? `${testId}-add` : undefined} onClick={() => setRows([...rows, { key: '', value: '' }])}>
        <Icon name="plus" /> {addLabel}
      </button>
    </div>
  );
}
