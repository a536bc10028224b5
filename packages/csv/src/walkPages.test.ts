import { describe, expect, it } from 'vitest';
import { walkPages, type PageQuery } from './walkPages.ts';

async function all<T>(pages: AsyncGenerator<T[]>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pages) items.push(...page);
  return items;
}

describe('walkPages', () => {
  it('follows next_cursor to the last page', async () => {
    const asked: PageQuery[] = [];
    const items = await all(
      walkPages<number>(async (query) => {
        asked.push(query);
        const start = query.cursor ? Number(query.cursor) : 0;
        const next = start + 2 < 5 ? String(start + 2) : null;
        return { items: [start, start + 1].filter((n) => n < 5), next_cursor: next };
      }, 'items', { limit: 2 }),
    );
    expect(items).toEqual([0, 1, 2, 3, 4]);
    expect(asked).toEqual([{ limit: 2 }, { limit: 2, cursor: '2' }, { limit: 2, cursor: '4' }]);
  });

  it('falls back to after= while pages are full when the route has no cursor', async () => {
    const ids = ['a', 'b', 'c', 'd'];
    const items = await all(
      walkPages<{ id: string }>(async (query) => {
        const from = query.after ? ids.indexOf(query.after) + 1 : 0;
        return { customers: ids.slice(from, from + 2).map((id) => ({ id })) };
      }, 'customers', { limit: 2, afterOf: (c) => c.id }),
    );
    expect(items.map((c) => c.id)).toEqual(ids);
  });

  it('says when a route without paging returned a full page', async () => {
    let truncated = 0;
    const items = await all(walkPages<number>(async () => ({ tasks: [1, 2] }), 'tasks', { limit: 2, onTruncated: (n) => (truncated = n) }));
    expect(items).toEqual([1, 2]);
    expect(truncated).toBe(2);
  });
});
