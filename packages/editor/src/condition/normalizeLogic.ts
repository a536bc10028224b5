import { isOperation } from '@stayflow/logic';

/**
 * JSON Logic written in different but equivalent ways — `{"!": x}` and `{"!": [x]}`,
 * `{"and": [x]}` and `x` — compares equal after normalising, so the builder can tell
 * whether it shows a rule faithfully.
 */
export function normalizeLogic(logic: unknown): unknown {
  if (Array.isArray(logic)) return logic.map(normalizeLogic);
  if (!isOperation(logic)) return logic;
  const operator = Object.keys(logic)[0]!;
  const raw = logic[operator];
  const args = (Array.isArray(raw) ? raw : [raw]).map(normalizeLogic);
  if ((operator === 'and' || operator === 'or') && args.length === 1) return args[0];
  return { [operator]: args };
}

export function logicEquals(a: unknown, b: unknown): boolean {
  return deepEqual(normalizeLogic(a), normalizeLogic(b));
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
