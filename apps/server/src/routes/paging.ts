import type { PagePosition } from '@stayflow/store';
import Type from 'typebox';
import type { SchemaProblem } from '../plugins/describeSchemaErrors.ts';
import { invalidInput } from '../plugins/errors.ts';

/**
 * Keyset pagination for every list route (api-v1.1 "Pagination"; server README, "Lists and
 * pages"). A cursor is opaque to clients: base64url of the JSON array `[list, ...key]`, where
 * `key` is the last row's sort key and tie-breaker id. Naming the list keeps a cursor of one
 * list from being read by another; being a position, not an offset, a page never repeats or
 * skips a row when rows are added meanwhile.
 */

/** The `cursor` query parameter: the `next_cursor` of the page before. */
export const Cursor = Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'The `next_cursor` of the page before, unchanged; omit it for the first page.' }));

/** `next_cursor` in a list's answer. */
export const NextCursor = Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` to read the next page; null on the last page.' });

type Key = readonly (string | number)[];

export const encodeCursor = (list: string, key: Key): string => Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');

/** A cursor this server did not give for `list`: a 400 naming the parameter. */
const badCursor = (list: string) => {
  const problem: SchemaProblem = {
    code: 'query.bad_cursor',
    message: `Query parameter "cursor" is not a cursor of the ${list} list; pass the next_cursor of the page before unchanged, or omit cursor for the first page.`,
    path: '$.cursor',
  };
  return invalidInput('validation_failed', [problem]);
};

/** Reads a cursor of `list` whose key has the given types, in order; undefined when there is none (the first page). */
function decodeCursor<K extends Key>(list: string, text: string | undefined, types: readonly ('string' | 'number')[]): K | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = /^[A-Za-z0-9_-]+$/.test(text) ? JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed[0] !== list || parsed.length !== types.length + 1) throw badCursor(list);
  const key = parsed.slice(1);
  if (!key.every((value, i) => typeof value === types[i] && (typeof value !== 'number' || Number.isSafeInteger(value)))) throw badCursor(list);
  return key as unknown as K;
}

/** A list ordered newest first by (time, id): runs, messages, tasks. */
export const positionCursor = {
  read(list: string, text: string | undefined): PagePosition | undefined {
    const key = decodeCursor<[number, string]>(list, text, ['number', 'string']);
    return key && { at: key[0], id: key[1] };
  },
  of: (list: string, position: PagePosition) => encodeCursor(list, [position.at, position.id]),
};

/** A list in the order of one unique text key (customer ids, playbook ids, segment names). */
export const idCursor = {
  read: (list: string, text: string | undefined): string | undefined => decodeCursor<[string]>(list, text, ['string'])?.[0],
  of: (list: string, id: string) => encodeCursor(list, [id]),
};

/** A list in the order of one unique number (jobs' queue order, version numbers). */
export const numberCursor = {
  read: (list: string, text: string | undefined): number | undefined => decodeCursor<[number]>(list, text, ['number'])?.[0],
  of: (list: string, n: number) => encodeCursor(list, [n]),
};

/**
 * One page from rows read with `limit + 1`: the first `limit` rows, and the cursor after the
 * last of them when the extra row shows there is more (null on the last page).
 */
export function pageOf<T>(rows: readonly T[], limit: number, cursorAfter: (row: T) => string): { rows: T[]; next_cursor: string | null } {
  const page = rows.slice(0, limit);
  return { rows: page, next_cursor: rows.length > limit ? cursorAfter(page.at(-1)!) : null };
}

/**
 * One page of a short list held whole in memory (playbooks, segments, versions), in the
 * order given: the rows after the one whose key is `after`.
 */
export function pageInMemory<T, K extends string | number>(rows: readonly T[], keyOf: (row: T) => K, after: K | undefined, limit: number, isAfter: (key: K, after: K) => boolean) {
  const rest = after === undefined ? rows : rows.filter((row) => isAfter(keyOf(row), after));
  return rest.slice(0, limit + 1);
}
