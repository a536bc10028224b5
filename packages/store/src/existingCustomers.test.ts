import { describe, expect, it } from 'vitest';
import { BACKENDS } from './contract/backends.ts';
import { eventItem } from './sqlite/testFixtures.ts';

describe.each(BACKENDS)('which customers exist ($name)', (backend) => {
  it('answers the stored ones among many ids, beyond one query’s worth, creating none', async () => {
    const store = await backend.open();
    const at = Date.parse('2026-03-01T10:00:00Z');
    await store.advance([eventItem('e1', 'ana', 'signed_up', at), eventItem('e2', 'bo', 'signed_up', at)], (world) => ({ world, effects: [] }), { now: at, wallNow: at, deliversExternally: () => false });
    const asked = [...Array.from({ length: 1200 }, (_, i) => `nobody-${i}`), 'bo', 'ana'];
    expect([...(await store.customers.existing(asked))].sort()).toEqual(['ana', 'bo']);
    expect(await store.customers.existing([])).toEqual(new Set());
    expect(await store.customers.count()).toBe(2);
  });
});
