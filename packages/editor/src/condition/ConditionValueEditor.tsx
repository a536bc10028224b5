import type { ValueEditorProps } from 'react-querybuilder';
import { NumberInput } from '../controls/NumberInput.tsx';
import { SuggestInput } from '../controls/SuggestInput.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import { fieldValueType } from './conditionFields.ts';
import { findDateOperator, UNARY_OPERATORS } from './conditionOperators.ts';
import { listOf, numberOf } from './ruleValues.ts';

/** Typed value editors: numbers for metrics and dates ("N days ago"), suggestions for tags and segments. */
export function ConditionValueEditor(props: ValueEditorProps) {
  const { t } = useEditorT();
  const { operator, value, handleOnChange, disabled, field, fieldData, path } = props;
  const testId = `condition-value-${path.join('-')}`;
  if (UNARY_OPERATORS.has(operator)) return null;
  const date = findDateOperator(operator);
  if (date) {
    return (
      <span className="sf-inline rule-value">
        <NumberInput value={numberOf(value)} onChange={(n) => handleOnChange(n ?? '')} min={0} disabled={disabled} testId={testId} ariaLabel={t('builder.value')} className="sf-short" />
        <span className="sf-suffix">{t(`builder.suffix.${date.suffix}`)}</span>
      </span>
    );
  }
  const type = fieldValueType(field);
  if (type === 'tag' || type === 'segment') {
    const values = (fieldData as { values?: { name: string }[] }).values?.map((v) => v.name) ?? [];
    return (
      <span className="rule-value">
        <SuggestInput value={typeof value === 'string' ? value : String(value ?? '')} onChange={handleOnChange} suggestions={values} disabled={disabled} testId={testId} ariaLabel={t('builder.value')} />
      </span>
    );
  }
  if (operator === 'between') {
    const [low, high] = listOf(value);
    return (
      <span className="sf-inline rule-value">
        <NumberInput value={numberOf(low)} onChange={(n) => handleOnChange([n ?? '', high ?? ''])} disabled={disabled} testId={`${testId}-from`} ariaLabel={t('builder.value')} className="sf-short" />
        <span className="sf-suffix">–</span>
        <NumberInput value={numberOf(high)} onChange={(n) => handleOnChange([low ?? '', n ?? ''])} disabled={disabled} testId={`${testId}-to`} ariaLabel={t('builder.value')} className="sf-short" />
      </span>
    );
  }
  if (operator === 'in' || operator === 'notIn') {
    const text = Array.isArray(value) ? value.join(', ') : String(value ?? '');
    return (
      <span className="rule-value">
        <input className="sf-input" value={text} placeholder={t('builder.listHint')} title={t('builder.listHint')} disabled={disabled} data-testid={testId} aria-label={t('builder.value')} onChange={(event) => handleOnChange(event.target.value)} />
      </span>
    );
  }
  if (type === 'number') {
    return (
      <span className="rule-value">
        <NumberInput value={numberOf(value)} onChange={(n) => handleOnChange(n ?? '')} disabled={disabled} testId={testId} ariaLabel={t('builder.value')} />
      </span>
    );
  }
  return (
    <span className="rule-value">
      <input className="sf-input" value={typeof value === 'string' || typeof value === 'number' ? value : ''} disabled={disabled} data-testid={testId} aria-label={t('builder.value')} onChange={(event) => handleOnChange(event.target.value)} />
    </span>
  );
}
