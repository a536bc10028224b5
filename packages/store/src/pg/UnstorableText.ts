/**
 * PostgreSQL cannot keep the character U+0000 (NUL) in text or jsonb, which SQLite can: a
 * request whose ids, attributes or event properties contain it is refused with this error,
 * whose `statusCode` makes the API answer 400 (bad_request) rather than 500.
 */
export class UnstorableText extends Error {
  readonly statusCode = 400;

  constructor(options?: { cause?: unknown }) {
    super('This database (PostgreSQL) cannot store the character U+0000 (NUL), which the request contains in an id or a value; remove it and send it again.', options);
    this.name = 'UnstorableText';
  }
}

/** PostgreSQL's answers to a NUL: in text (22021, invalid byte sequence) and in a jsonb string (22P05, unsupported Unicode escape). */
const NUL_CODES = new Set(['22021', '22P05']);

/** The error to throw for a failed query: UnstorableText for a NUL, else the error itself. */
export function storeError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code ?? (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' && NUL_CODES.has(code) ? new UnstorableText({ cause: error }) : error;
}

/** The repository, its every method's failure passed through `storeError` (drizzle's queries included). */
export function translatingErrors<T extends object>(repository: T): T {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(storeError(error))) : result;
      };
    },
  });
}
