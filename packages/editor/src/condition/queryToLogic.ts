import type { RuleGroupType, RuleType } from 'react-querybuilder';
import { defaultRuleProcessorJsonLogic, formatQuery } from 'react-querybuilder/formatQuery';
import { fieldValueType } from './conditionFields.ts';
import { findDateOperator, ORDERING_OPERATORS } from './conditionOperators.ts';
import { listOf, numberOf } from './ruleValues.ts';

/** The empty builder as a document value: a required condition with no rules yet (validation flags it). */
export const EMPTY_CONDITION = Object.freeze({ and: Object.freeze([]) }) as unknown;

/** Numeric text as a number; other values are written as they are. */
const toNumber = (value: unknown): unknown => numberOf(value) ?? value;

/** One builder rule as JSON Logic, including the Stayflow operators `formatQuery` does not know. */
export function ruleToLogic(rule: RuleType): unknown {
  const { field, operator } = rule;
  const variable = { var: field };
  const numeric = fieldValueType(field) === 'number';
  const value = numeric || ORDERING_OPERATORS.has(operator) ? toNumber(rule.value) : rule.value;
  const text = typeof rule.value === 'string' ? rule.value.trim() : String(rule.value ?? '');
  const dateOperator = findDateOperator(operator);
  if (dateOperator) return { [dateOperator.cmp]: [{ [dateOperator.fn]: variable }, toNumber(rule.value)] };
  switch (operator) {
    case 'hasTag':
      return { has_tag: text };
    case 'notHasTag':
      return { '!': { has_tag: text } };
    case 'inSegment':
      return { in_segment: text };
    case 'notInSegment':
      return { '!': { in_segment: text } };
    case 'isSet':
      return { '!!': [variable] };
    case 'isNotSet':
      return { '!': [variable] };
    case 'isTrue':
      return { '==': [variable, true] };
    case 'isFalse':
      return { '==': [variable, false] };
    case '=':
      return { '==': [variable, value] };
    case '!=':
    case '>':
    case '>=':
    case '<':
    case '<=':
      return { [operator]: [variable, value] };
    case 'in':
    case 'notIn': {
      const list = listOf(rule.value).map((item) => (numeric ? toNumber(item) : item));
      return operator === 'in' ? { in: [variable, list] } : { '!': { in: [variable, list] } };
    }
    case 'between': {
      const [low, high] = listOf(rule.value).map(toNumber);
      return { '<=': [low ?? null, variable, high ?? null] };
    }
    default:
      return defaultRuleProcessorJsonLogic(rule, { parseNumbers: numeric });
  }
}

export interface QueryToLogicOptions {
  /** An optional condition (a trigger's `where`, `exit_when`…) with no rules becomes `undefined`. */
  optional?: boolean;
}

/**
 * The builder's query as the JSON Logic stored in the playbook: `formatQuery(q, 'jsonlogic')`
 * with our rule processor; a single rule is written on its own, not inside `{"and": [...]}`.
 */
export function queryToLogic(query: RuleGroupType, options: QueryToLogicOptions = {}): unknown {
  const logic = formatQuery(query, { format: 'jsonlogic', ruleProcessor: ruleToLogic }) as unknown;
  if (logic === false || logic === null || logic === undefined) return options.optional ? undefined : EMPTY_CONDITION;
  const record = logic as Record<string, unknown>;
  const only = Object.keys(record);
  if (only.length === 1 && (only[0] === 'and' || only[0] === 'or')) {
    const rules = record[only[0]!];
    if (Array.isArray(rules) && rules.length === 1) return rules[0];
  }
  return logic;
}
