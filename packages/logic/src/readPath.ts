/**
 * json-logic-js's `var` lookup, restricted to own properties at every step, so a
 * path can never reach `constructor`, `__proto__`, `toString` or anything else a
 * value inherits. Same path rules otherwise: `""`/null/undefined give the data
 * itself, `a.b.1` walks objects and arrays, and a missing step gives `notFound`.
 */
export function readPath(data: unknown, path: unknown, notFound: unknown): unknown {
  if (path === undefined || path === null || path === '') return data;
  const text = typeof path === 'string' ? path : String(path);
  if (text.indexOf('.') === -1) return readOwn(data, text, notFound);
  let segments = splitPaths.get(text);
  if (segments === undefined) {
    segments = text.split('.');
    if (splitPaths.size < MAX_CACHED_PATHS) splitPaths.set(text, segments);
  }
  let current = data;
  for (const segment of segments) {
    current = readOwn(current, segment, MISSING);
    if (current === MISSING) return notFound;
  }
  return current;
}

// Rules use a handful of paths, evaluated millions of times in a sweep: split each once.
const splitPaths = new Map<string, string[]>();
const MAX_CACHED_PATHS = 10_000;

const MISSING: unique symbol = Symbol('missing');

function readOwn(value: unknown, key: string, notFound: unknown): unknown {
  if (value === null || value === undefined || !Object.hasOwn(value as object, key)) return notFound;
  const found = (value as Record<string, unknown>)[key];
  return found === undefined ? notFound : found;
}
