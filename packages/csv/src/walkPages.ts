/** The query a list route is asked with: `cursor` where the route answers `next_cursor`, else `after` (customers). */
export interface PageQuery {
  limit: number;
  cursor?: string;
  after?: string;
}

export interface WalkOptions<T> {
  /** Items per request (the list routes take at most 1,000). */
  limit?: number;
  /** For a route without `next_cursor`: the key to ask for the page after `item` (customers: its id). */
  afterOf?: (item: T) => string;
  /** Called when a route without `next_cursor` or `afterOf` returned a full page: there may be more than was exported. */
  onTruncated?: (count: number) => void;
}

/**
 * Every page of a list route, in order: follows `next_cursor` until it is null; against a
 * server whose route has no cursor yet, follows `after` (when `afterOf` is given) while
 * pages come back full, else stops after the first page and says so through `onTruncated`.
 */
export async function* walkPages<T>(fetchPage: (query: PageQuery) => Promise<Record<string, unknown>>, itemsKey: string, options: WalkOptions<T> = {}): AsyncGenerator<T[]> {
  const limit = options.limit ?? 1000;
  let query: PageQuery = { limit };
  for (;;) {
    const page = await fetchPage(query);
    const items = (page[itemsKey] ?? []) as T[];
    if (items.length > 0) yield items;
    if ('next_cursor' in page) {
      const next = page.next_cursor;
      if (typeof next !== 'string' || next === '') return;
      query = { limit, cursor: next };
      continue;
    }
    if (items.length < limit) return;
    if (!options.afterOf) {
      options.onTruncated?.(items.length);
      return;
    }
    query = { limit, after: options.afterOf(items.at(-1)!) };
  }
}
