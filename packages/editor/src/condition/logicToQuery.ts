import { isOperation } from '@stayflow/logic';
import type { RuleGroupType, RuleType } from 'react-querybuilder';
import { parseJsonLogic, type ParseJsonLogicOptions } from 'react-querybuilder/parseJsonLogic';
import { dateOperatorFor, SEGMENT_FIELD, TAG_FIELD } from './conditionOperators.ts';
import { logicEquals } from './normalizeLogic.ts';
import { EMPTY_CONDITION, queryToLogic } from './queryToLogic.ts';

const EMPTY_GROUP: RuleGroupType = { combinator: 'and', rules: [] };

type Parsed = RuleType | RuleGroupType | false;

function onlyArgument(value: unknown): unknown {
  return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}

function isVar(value: unknown): value is { var: string } {
  return isOperation(value) && typeof value.var === 'string';
}

function rule(field: string, operator: string, value: unknown = ''): RuleType {
  return { field, operator, value };
}

function membership(operation: unknown, negated: boolean): Parsed {
  if (!isOperation(operation)) return false;
  const [operator] = Object.keys(operation);
  const name = onlyArgument(operation[operator!]);
  if (typeof name !== 'string') return false;
  if (operator === 'has_tag') return rule(TAG_FIELD, negated ? 'notHasTag' : 'hasTag', name);
  if (operator === 'in_segment') return rule(SEGMENT_FIELD, negated ? 'notInSegment' : 'inSegment', name);
  return false;
}

/** The first rule `parseJsonLogic` makes of a plain comparison, or false. */
function plainComparison(logic: unknown): Parsed {
  const group = parseJsonLogic(logic as never, { listsAsArrays: true });
  return group.rules.length === 1 ? (group.rules[0] as RuleType) : false;
}

function comparison(cmp: string) {
  return (args: unknown): Parsed => {
    if (Array.isArray(args) && args.length === 2 && isOperation(args[0]) && typeof args[1] === 'number') {
      const [fn] = Object.keys(args[0]);
      const date = dateOperatorFor(fn!, cmp);
      const target = onlyArgument(args[0][fn!]);
      if (date && isVar(target)) return rule(target.var, date.name, args[1]);
    }
    if (cmp === '==' && Array.isArray(args) && args.length === 2 && isVar(args[0]) && typeof args[1] === 'boolean') {
      return rule(args[0].var, args[1] ? 'isTrue' : 'isFalse');
    }
    return plainComparison({ [cmp]: args });
  };
}

const operations: NonNullable<ParseJsonLogicOptions['jsonLogicOperations']> = {
  has_tag: (value) => membership({ has_tag: value }, false),
  in_segment: (value) => membership({ in_segment: value }, false),
  '!!': (value) => {
    const target = onlyArgument(value);
    return isVar(target) ? rule(target.var, 'isSet') : false;
  },
  '!': (value) => {
    const target = onlyArgument(value);
    if (isVar(target)) return rule(target.var, 'isNotSet');
    const negatedMembership = membership(target, true);
    if (negatedMembership) return negatedMembership;
    if (isOperation(target) && Array.isArray(target.in) && isVar(target.in[0]) && Array.isArray(target.in[1])) {
      const inner = plainComparison(target);
      return inner && 'operator' in inner ? { ...inner, operator: 'notIn' } : false;
    }
    const group = parse(target);
    return group.rules.length === 0 ? false : { ...group, not: !group.not };
  },
  '==': comparison('=='),
  '>': comparison('>'),
  '>=': comparison('>='),
  '<': comparison('<'),
  '<=': comparison('<='),
};

function parse(logic: unknown): RuleGroupType {
  if (!isOperation(logic)) return EMPTY_GROUP;
  return parseJsonLogic(logic as never, { listsAsArrays: true, jsonLogicOperations: operations });
}

export interface ParsedCondition {
  query: RuleGroupType;
  /** False when the builder cannot show the rule faithfully: it is then shown read-only and never rewritten. */
  representable: boolean;
}

/**
 * JSON Logic → the builder's query (`parseJsonLogic` plus our operators). The result says
 * whether writing the query back gives the same rule, so nothing is ever lost silently.
 */
export function logicToQuery(logic: unknown, options: { optional?: boolean } = {}): ParsedCondition {
  if (logic === undefined || logic === null) return { query: EMPTY_GROUP, representable: true };
  if (logicEquals(logic, EMPTY_CONDITION)) return { query: EMPTY_GROUP, representable: true };
  let query: RuleGroupType;
  try {
    query = parse(logic);
  } catch {
    return { query: EMPTY_GROUP, representable: false };
  }
  const back = queryToLogic(query, options);
  return { query, representable: back !== undefined && logicEquals(back, logic) };
}
