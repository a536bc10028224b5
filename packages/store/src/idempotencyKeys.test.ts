import { describe, expect, it } from 'vitest';
import { BACKENDS } from './contract/backends.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T10:00:00Z');

describe.each(BACKENDS)('idempotency keys ($name)', (backend) => {
  it('lets one of many concurrent claims run, then answers the stored answer', async () => {
    const store = await backend.open();
    const claims = await Promise.all(Array.from({ length: 8 }, () => store.idempotency.claim('k1', 'h1', T0, T0 - DAY)));
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
    expect(claims.find((c) => !c.claimed)).toEqual({ claimed: false, record: { requestHash: 'h1', status: null, body: null, createdAt: T0 } });
    await store.idempotency.complete('k1', 201, '{"id":"x"}');
    expect(await store.idempotency.claim('k1', 'h2', T0 + 1, T0 + 1 - DAY)).toEqual({ claimed: false, record: { requestHash: 'h1', status: 201, body: '{"id":"x"}', createdAt: T0 } });
  });

  it('frees a released key and an expired one, and prunes old keys', async () => {
    const store = await backend.open();
    await store.idempotency.claim('k1', 'h1', T0, T0 - DAY);
    await store.idempotency.release('k1');
    expect(await store.idempotency.claim('k1', 'h1', T0, T0 - DAY)).toEqual({ claimed: true });
    expect(await store.idempotency.claim('k1', 'h9', T0 + DAY + 1, T0 + 1)).toEqual({ claimed: true });
    await store.idempotency.claim('k2', 'h2', T0, T0 - DAY);
    await store.idempotency.claim('k3', 'h3', T0 + 2 * DAY, T0 + DAY);
    expect(await store.idempotency.prune(T0 + DAY + 2, 10)).toBe(2);
    expect(await store.idempotency.prune(T0 + DAY + 2, 10)).toBe(0);
    expect(await store.idempotency.claim('k3', 'h3', T0 + 2 * DAY, T0 + DAY)).toMatchObject({ claimed: false });
  });
});
