import type { PathSegment } from '../issue.ts';

/** A rule that compares something with nothing: "orders is at least (empty)". */
export interface EmptyValue {
  /** Where the missing value sits, relative to the rule. */
  path: PathSegment[];
  /** The operator of the rule ("<=", "has_tag"). */
  operator: string;
  /** What the rule is about, as an operator reads it: the variable's last name ("orders"), or the operator's subject. */
  field: string;
}

const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=']);
/** Equality with `null` is how a rule asks whether something is known ("has ordered": days since last order != null). */
const EQUALITIES = new Set(['==', '!=', '===', '!==']);
/** Operators whose one argument names something that must be filled in. */
const NAMED = new Map([
  ['has_tag', 'tag'],
  ['in_segment', 'segment'],
]);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isBlankText = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';
const isBlank = (value: unknown): boolean => value === null || isBlankText(value);

/** The first `{"var": …}` inside a value, as its last path segment. */
function fieldOf(value: unknown, seen = 0): string | undefined {
  if (seen > 50) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = fieldOf(item, seen + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const argument = value[keys[0]!];
  if (keys[0] === 'var') {
    const name = Array.isArray(argument) ? argument[0] : argument;
    return typeof name === 'string' && name !== '' ? name.split('.').pop() : undefined;
  }
  return fieldOf(argument, seen + 1);
}

/**
 * Every rule in a JSON Logic condition that compares a customer's data with an empty value:
 * a comparison of an operation (`{"var": …}`, a date function) with blank text, or an ordering
 * (`<`, `>=`…) with `null` (equality with `null` asks whether a value is known, and stays allowed),
 * an `in` with an empty list, a `has_tag` or `in_segment` with no name. Such a rule is never what
 * was meant (the builder writes one when its value box is left empty), so the validator refuses it.
 * Literal-only comparisons and the runtime's own `null` checks (`{"!": …}`) are left alone.
 */
export function findEmptyValues(rule: unknown): EmptyValue[] {
  const found: EmptyValue[] = [];
  const visit = (value: unknown, path: PathSegment[], depth: number): void => {
    if (depth > 100) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i], depth + 1));
      return;
    }
    if (!isRecord(value)) return;
    const keys = Object.keys(value);
    if (keys.length !== 1) return;
    const operator = keys[0]!;
    const argument = value[operator];
    const args = Array.isArray(argument) ? argument : [argument];
    const at = (i: number): PathSegment[] => (Array.isArray(argument) ? [...path, operator, i] : [...path, operator]);
    if (COMPARISONS.has(operator) && args.some((a) => isRecord(a))) {
      const field = fieldOf(args) ?? operator;
      const empty = EQUALITIES.has(operator) ? isBlankText : isBlank;
      args.forEach((a, i) => {
        if (empty(a)) found.push({ path: at(i), operator, field });
      });
    } else if (NAMED.has(operator) && (args.length === 0 || isBlank(args[0]))) {
      found.push({ path: at(0), operator, field: NAMED.get(operator)! });
    } else if (operator === 'in' && args.length === 2 && isRecord(args[0]) && (isBlank(args[1]) || (Array.isArray(args[1]) && args[1].length === 0))) {
      found.push({ path: at(1), operator, field: fieldOf(args[0]) ?? operator });
    }
    if (operator !== 'var') visit(argument, [...path, operator], depth + 1);
  };
  visit(rule, [], 0);
  return found;
}
