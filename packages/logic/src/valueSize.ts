/**
 * About how many characters `value` takes written as JSON (each character of text
 * counted once; `cat` writes no more), counted only up to `limit`: any answer
 * above `limit` means "too large", whatever the true size. A value referenced
 * twice counts twice, as JSON writes it twice, so a list that holds itself a
 * thousand times over is measured in a thousand steps, not a thousand copies.
 * `known` remembers what was measured during one evaluation (data does not change
 * within one); it must always be used with the same `limit`, since a value too
 * large is remembered only as "more than `limit`".
 */
export function valueSize(value: unknown, limit: number, known: WeakMap<object, number>): number {
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
      return String(value).length;
    case 'boolean':
      return 5;
    case 'object':
      break;
    default:
      return 4;
  }
  if (value === null) return 4;
  const remembered = known.get(value);
  if (remembered !== undefined) return remembered;
  let size = 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && size <= limit; i++) size += valueSize(value[i], limit, known) + 1;
  } else {
    for (const key of Object.keys(value)) {
      size += key.length + 4 + valueSize((value as Record<string, unknown>)[key], limit, known);
      if (size > limit) break;
    }
  }
  known.set(value, size);
  return size;
}
