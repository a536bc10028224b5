import type { UpdateCustomerAction } from '@stayflow/playbook';
import { useState } from 'react';
import { deepEqual } from '../condition/normalizeLogic.ts';
import { Icon } from '../controls/Icon.tsx';
import { NumberInput } from '../controls/NumberInput.tsx';
import { SuggestInput } from '../controls/SuggestInput.tsx';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';

type ValueKind = 'text' | 'number' | 'boolean' | 'now' | 'logic';
type Row = { key: string; value: unknown };

const NOW = { var: 'now' };

export function valueKind(value: unknown): ValueKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'text';
  return deepEqual(value, NOW) ? 'now' : 'logic';
}

const DEFAULTS: Record<Exclude<ValueKind, 'logic'>, unknown> = { text: '', number: 0, boolean: true, now: NOW };

const toSet = (rows: readonly Row[]) => Object.fromEntries(rows.filter((r) => r.key.trim() !== '').map((r) => [r.key.trim(), r.value]));
const rowsOf = (set: Record<string, unknown>): Row[] => Object.entries(set).map(([key, value]) => ({ key, value }));

/** Rows "field = value"; a value computed by a formula is shown, not edited. */
export function UpdateCustomerForm({ node, update, readOnly }: NodeFormProps<UpdateCustomerAction>) {
  const { t } = useEditorT();
  const { fields } = useEditorConfig();
  const set = node.set ?? {};
  const [rows, setRows] = useState<Row[]>(() => rowsOf(set));
  if (!deepEqual(toSet(rows), set)) setRows(rowsOf(set));
  const write = (next: Row[], field?: string) => {
    setRows(next);
    update({ set: toSet(next) }, field);
  };
  const change = (index: number, patch: Partial<Row>, field?: string) => write(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)), field);

  return (
    <div className="sf-field">
      <div className="sf-label">{t('update.rows')}</div>
      {rows.length === 0 && <p className="sf-empty-hint">{t('update.empty')}</p>}
      <div className="sf-list">
        {rows.map((row, index) => {
          const kind = valueKind(row.value);
          return (
            <div className="sf-list-row sf-update-row" key={index} data-testid={`update-row-${index}`}>
              <SuggestInput value={row.key} onChange={(key) => change(index, { key }, `set.${index}.key`)} suggestions={fields.attributes} ariaLabel={t('update.attribute')} placeholder={t('update.attribute')} testId={`field-set-${index}-key`} disabled={readOnly} />
              <span className="sf-equals">=</span>
              <select className="sf-select sf-kind-select" value={kind} disabled={readOnly || kind === 'logic'} aria-label={t('update.value')} data-testid={`field-set-${index}-kind`} onChange={(e) => change(index, { value: DEFAULTS[e.target.value as Exclude<ValueKind, 'logic'>] })}>
                {(['text', 'number', 'boolean', 'now'] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`update.kinds.${k}`)}
                  </option>
                ))}
                {kind === 'logic' && <option value="logic">{t('update.kinds.logic')}</option>}
              </select>
              {kind === 'text' && <input className="sf-input" value={row.value as string} aria-label={t('update.value')} disabled={readOnly} data-testid={`field-set-${index}-value`} onChange={(e) => change(index, { value: e.target.value }, `set.${index}.value`)} />}
              {kind === 'number' && <NumberInput value={row.value as number} onChange={(n) => change(index, { value: n ?? 0 }, `set.${index}.value`)} ariaLabel={t('update.value')} disabled={readOnly} testId={`field-set-${index}-value`} />}
              {kind === 'boolean' && (
                <select className="sf-select" value={String(row.value)} aria-label={t('update.value')} disabled={readOnly} data-testid={`field-set-${index}-value`} onChange={(e) => change(index, { value: e.target.value === 'true' })}>
                  <option value="true">{t('port.true')}</option>
                  <option value="false">{t('port.false')}</option>
                </select>
              )}
              {kind === 'now' && <span className="sf-muted">{t('message.placeholders.now')}</span>}
              {kind === 'logic' && <span className="sf-muted">{t('update.logicNote')}</span>}
              {kind === 'logic' && <code className="sf-code sf-code-wrap">{JSON.stringify(row.value)}</code>}
              <button type="button" className="sf-icon-button" title={t('common.remove')} aria-label={t('common.remove')} disabled={readOnly} onClick={() => write(rows.filter((_, i) => i !== index))}>
                <Icon name="trash" />
              </button>
            </div>
          );
        })}
      </div>
      <button type="button" className="sf-link-button" disabled={readOnly} data-testid="update-add" onClick={() => setRows([...rows, { key: '', value: '' }])}>
        <Icon name="plus" /> {t('update.add')}
      </button>
    </div>
  );
}
