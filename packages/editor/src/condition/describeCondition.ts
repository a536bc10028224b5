import type { RuleGroupType, RuleType } from 'react-querybuilder';
import type { EditorLocale } from '../i18n/editorResources.ts';
import type { Translate } from '../i18n/translate.ts';
import { fieldLabel } from './conditionFields.ts';
import { findDateOperator, UNARY_OPERATORS } from './conditionOperators.ts';
import { logicToQuery } from './logicToQuery.ts';
import { segmentLabel, valueLabel } from '../model/knownNames.ts';
import { operatorLabel } from './operatorLabel.ts';

const SYMBOLS: Record<string, string> = { '=': '=', '!=': '≠', '>': '>', '>=': '≥', '<': '<', '<=': '≤' };
const MAX_LENGTH = 120;

const quoted = (text: string) => `“${text}”`;
const listText = (value: unknown, item: (value: unknown) => string) => (Array.isArray(value) ? value.map(item).join(', ') : String(value));

function describeRule(rule: RuleType, locale: EditorLocale, t: Translate): string {
  const field = fieldLabel(rule.field, t);
  const valueText = (value: unknown): string => (typeof value === 'string' ? quoted(valueLabel(rule.field, value, t)) : listText(value, valueText));
  const date = findDateOperator(rule.operator);
  if (date) return `${field} ${operatorLabel(rule.operator, locale, t)} ${String(rule.value)} ${t(`builder.suffix.${date.suffix}`)}`;
  if (UNARY_OPERATORS.has(rule.operator)) return `${field} ${operatorLabel(rule.operator, locale, t)}`;
  if (rule.operator === 'inSegment' || rule.operator === 'notInSegment') {
    return `${operatorLabel(rule.operator, locale, t)} ${typeof rule.value === 'string' ? valueText(segmentLabel(rule.value, t)) : valueText(rule.value)}`;
  }
  if (rule.operator === 'hasTag' || rule.operator === 'notHasTag') return `${operatorLabel(rule.operator, locale, t)} ${valueText(rule.value)}`;
  const symbol = SYMBOLS[rule.operator];
  if (symbol) return `${field} ${symbol} ${valueText(rule.value)}`;
  if (rule.operator === 'between' && Array.isArray(rule.value)) return `${field} ${operatorLabel('between', locale, t)} ${String(rule.value[0])}–${String(rule.value[1])}`;
  return `${field} ${operatorLabel(rule.operator, locale, t)} ${valueText(rule.value)}`;
}

function describeGroup(group: RuleGroupType, locale: EditorLocale, t: Translate, nested: boolean): string {
  const parts = group.rules.map((item) =>
    typeof item === 'string' ? '' : 'rules' in item ? describeGroup(item, locale, t, true) : describeRule(item, locale, t),
  );
  let text = parts.join(t(group.combinator === 'or' ? 'summary.or' : 'summary.and'));
  if (nested && parts.length > 1) text = `(${text})`;
  return group.not ? t('summary.not', { condition: text }) : text;
}

/** A condition in a few words: "Days since last order > 90 and Number of orders ≥ 1". */
export function describeCondition(logic: unknown, locale: EditorLocale, t: Translate): string {
  const { query, representable } = logicToQuery(logic);
  if (!representable) return t('summary.customCondition');
  if (query.rules.length === 0) return t('summary.emptyCondition');
  const text = describeGroup(query, locale, t, false);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
