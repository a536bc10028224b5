/** JSON Logic truthiness (jsonlogic.com/truthy): like JavaScript, except that `[]` is falsy. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}
