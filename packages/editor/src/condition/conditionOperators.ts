/**
 * The operators the condition builder offers. Comparisons, `in`, `has_tag` and
 * `in_segment` come from `@stayflow/logic`'s catalogue (and its labels); the date
 * operators phrase `days_since` / `days_until` / `days_until_anniversary` for people:
 * "Last order date was more than 30 days ago".
 */
export const TAG_FIELD = '$tag';
export const SEGMENT_FIELD = '$segment';

export type DateFunction = 'days_since' | 'days_until' | 'days_until_anniversary';
export type Comparison = '>' | '>=' | '<' | '<=' | '==';

export interface DateOperator {
  name: string;
  fn: DateFunction;
  cmp: Comparison;
  /** Key under `builder.suffix` shown after the number. */
  suffix: 'ago' | 'until' | 'untilAway' | 'anniv';
}

export const DATE_OPERATORS: readonly DateOperator[] = [
  { name: 'agoGt', fn: 'days_since', cmp: '>', suffix: 'ago' },
  { name: 'agoGte', fn: 'days_since', cmp: '>=', suffix: 'ago' },
  { name: 'agoLt', fn: 'days_since', cmp: '<', suffix: 'ago' },
  { name: 'agoLte', fn: 'days_since', cmp: '<=', suffix: 'ago' },
  { name: 'untilLte', fn: 'days_until', cmp: '<=', suffix: 'until' },
  { name: 'untilGt', fn: 'days_until', cmp: '>', suffix: 'untilAway' },
  { name: 'annivLte', fn: 'days_until_anniversary', cmp: '<=', suffix: 'anniv' },
  { name: 'annivEq', fn: 'days_until_anniversary', cmp: '==', suffix: 'anniv' },
];

export function findDateOperator(name: string): DateOperator | undefined {
  return DATE_OPERATORS.find((op) => op.name === name);
}

export function dateOperatorFor(fn: string, cmp: string): DateOperator | undefined {
  return DATE_OPERATORS.find((op) => op.fn === fn && op.cmp === cmp);
}

/** Builder operator name → the catalogue operator whose label it borrows. */
export const CATALOGUE_OPERATORS: Readonly<Record<string, string>> = {
  '=': '==',
  '!=': '!=',
  '>': '>',
  '>=': '>=',
  '<': '<',
  '<=': '<=',
  in: 'in',
  hasTag: 'has_tag',
  inSegment: 'in_segment',
};

/** Operators that take no value. */
export const UNARY_OPERATORS = new Set(['isSet', 'isNotSet', 'isTrue', 'isFalse']);

export const ORDERING_OPERATORS = new Set(['>', '>=', '<', '<=', 'between']);

export type FieldValueType = 'number' | 'date' | 'text' | 'tag' | 'segment';

export const OPERATORS_BY_TYPE: Readonly<Record<FieldValueType, readonly string[]>> = {
  number: ['=', '!=', '>', '>=', '<', '<=', 'between', 'isSet', 'isNotSet'],
  date: [...DATE_OPERATORS.map((op) => op.name), 'isSet', 'isNotSet'],
  text: ['=', '!=', 'contains', 'in', 'notIn', '>', '>=', '<', '<=', 'isSet', 'isNotSet', 'isTrue', 'isFalse'],
  tag: ['hasTag', 'notHasTag'],
  segment: ['inSegment', 'notInSegment'],
};
