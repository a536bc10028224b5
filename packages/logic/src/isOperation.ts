/** How json-logic-js tells an operation from a literal: a plain object with exactly one key. */
export function isOperation(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
}
