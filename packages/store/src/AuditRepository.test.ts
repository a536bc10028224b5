import { describe, expect, it } from 'vitest';
import type { ActorRef, NewApproval, NewAuditRecord } from './AuditRepository.ts';
import { BACKENDS } from './contract/backends.ts';
import { PgAudit } from './pg/PgAudit.ts';
import { SqliteAudit } from './sqlite/SqliteAudit.ts';
import type { Reactor } from './Store.ts';
import { eventItem } from './sqlite/testFixtures.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');
const ana: ActorRef = { kind: 'person', id: 'p_ana', name: 'ana@example.com' };
const shop: ActorRef = { kind: 'key', id: 'k_shop', name: 'shop-backend' };
const entry = (at: number, extra: Partial<NewAuditRecord> = {}): NewAuditRecord => ({ at, actor: ana, action: 'playbook.update', objectType: 'playbook', objectId: 'winback', version: null, detail: null, ...extra });
const request = (id: string, at: number, extra: Partial<NewApproval> = {}): NewApproval => ({
  id,
  playbookId: 'winback',
  requestedBy: ana,
  requestedAt: at,
  snapshot: { id: 'winback', name: 'Win back', nodes: [{ id: 'n1' }] },
  snapshotHash: `hash-${id}`,
  summary: null,
  ...extra,
});

describe.each(BACKENDS)('the audit log ($name)', (backend) => {
  it('keeps every appended row with its actor, version and detail, newest first', async () => {
    const store = await backend.open();
    const first = await store.audit.append(entry(T0, { action: 'playbook.publish', version: 3, detail: { acknowledged_overlaps: 1 } }));
    const second = await store.audit.append(entry(T0 + 1, { actor: shop, action: 'events.ingest', objectType: 'events', objectId: null, detail: { count: 250 } }));
    expect(second).toBeGreaterThan(first);
    expect(await store.audit.list({ limit: 10 })).toEqual([
      { id: second, at: T0 + 1, actor: shop, action: 'events.ingest', objectType: 'events', objectId: null, version: null, detail: { count: 250 } },
      { id: first, at: T0, actor: ana, action: 'playbook.publish', objectType: 'playbook', objectId: 'winback', version: 3, detail: { acknowledged_overlaps: 1 } },
    ]);
  });

  it('writes an item’s row in the advance’s transaction when the item applies, and not otherwise', async () => {
    const store = await backend.open();
    const keep: Reactor = (world) => ({ world, effects: [] });
    const options = { now: T0, wallNow: T0, deliversExternally: () => false };
    const ingest = (count: number) => entry(T0, { actor: shop, action: 'events.ingest', objectType: 'events', objectId: null, detail: { count } });
    const first = await store.advance([eventItem('e1', 'ana', 'signed_up', T0), { ...eventItem('e2', 'ana', 'page_viewed', T0), audit: ingest(2) }], keep, options);
    expect(first.applied).toEqual([true, true]);
    // The second request's last event is already stored: its row is left to the caller.
    const second = await store.advance([{ ...eventItem('e2', 'ana', 'page_viewed', T0), audit: ingest(1) }], keep, options);
    expect(second.applied).toEqual([false]);
    expect((await store.audit.list({ limit: 10 })).map((row) => row.detail)).toEqual([{ count: 2 }]);
    // A batch that fails writes neither its events nor its row.
    const failing = store.advance([{ ...eventItem('e3', 'bo', 'signed_up', T0), audit: ingest(1) }], () => {
      throw new Error('the reaction failed');
    }, options);
    await expect(failing).rejects.toThrow('the reaction failed');
    expect(await store.audit.list({ limit: 10 })).toHaveLength(1);
  });

  it('pages newest first by id and filters by actor, action, object and time', async () => {
    const store = await backend.open();
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push(await store.audit.append(entry(T0 + i * 1000, { actor: i % 2 === 0 ? ana : shop, action: i < 4 ? 'playbook.update' : 'segment.save', objectType: i < 4 ? 'playbook' : 'segment', objectId: i === 5 ? 'vip' : 'winback' })));
    }
    const page1 = await store.audit.list({ limit: 3 });
    expect(page1.map((r) => r.id)).toEqual([ids[6], ids[5], ids[4]]);
    const page2 = await store.audit.list({ limit: 3, beforeId: page1.at(-1)!.id });
    expect(page2.map((r) => r.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect((await store.audit.list({ limit: 10, actorName: 'shop-backend' })).map((r) => r.id)).toEqual([ids[5], ids[3], ids[1]]);
    expect((await store.audit.list({ limit: 10, action: 'segment.save', objectId: 'vip' })).map((r) => r.id)).toEqual([ids[5]]);
    expect((await store.audit.list({ limit: 10, objectType: 'playbook', from: T0 + 1000, to: T0 + 3000 })).map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(await store.audit.list({ limit: 10, actorName: 'nobody' })).toEqual([]);
  });

  it('prunes only rows older than the cut-off, oldest first, in bounded batches', async () => {
    const store = await backend.open();
    for (let i = 0; i < 5; i++) await store.audit.append(entry(T0 + i));
    expect(await store.audit.prune(T0 + 3, 2)).toEqual({ removed: 2, related: 0, more: true });
    expect(await store.audit.prune(T0 + 3, 2)).toEqual({ removed: 1, related: 0, more: false });
    expect((await store.audit.list({ limit: 10 })).map((r) => r.at)).toEqual([T0 + 4, T0 + 3]);
    await expect(store.audit.prune(T0, 0)).rejects.toThrow(/positive whole number/);
  });

});

describe.each(BACKENDS)('four-eyes publish requests ($name)', (backend) => {
  it('stores a request with its exact snapshot, and a newer one supersedes the older pending one', async () => {
    const store = await backend.open();
    expect(await store.approvals.request(request('a1', T0))).toEqual({ superseded: [] });
    expect(await store.approvals.request(request('a2', T0 + 1, { requestedBy: shop, summary: { acknowledged: null } }))).toEqual({ superseded: ['a1'] });
    expect(await store.approvals.get('a1')).toMatchObject({ status: 'superseded', decidedAt: T0 + 1, decidedBy: null });
    expect(await store.approvals.get('a2')).toEqual({
      id: 'a2',
      playbookId: 'winback',
      requestedBy: shop,
      requestedAt: T0 + 1,
      snapshot: { id: 'winback', name: 'Win back', nodes: [{ id: 'n1' }] },
      snapshotHash: 'hash-a2',
      summary: { acknowledged: null },
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      reason: null,
      version: null,
    });
    expect(await store.approvals.get('nope')).toBeUndefined();
  });

  it('decides a pending request once: a second decision changes nothing', async () => {
    const store = await backend.open();
    await store.approvals.request(request('a1', T0));
    expect(await store.approvals.decide('a1', { status: 'rejected', by: shop, at: T0 + 5, reason: 'Wrong audience', version: null })).toBe(true);
    expect(await store.approvals.decide('a1', { status: 'approved', by: shop, at: T0 + 6, reason: null, version: 4 })).toBe(false);
    expect(await store.approvals.get('a1')).toMatchObject({ status: 'rejected', decidedBy: shop, decidedAt: T0 + 5, reason: 'Wrong audience', version: null });
    await store.approvals.setVersion('a1', 9);
    expect((await store.approvals.get('a1'))?.version).toBeNull();
  });

  it('records the version an approved request published', async () => {
    const store = await backend.open();
    await store.approvals.request(request('a1', T0));
    expect(await store.approvals.decide('a1', { status: 'approved', by: shop, at: T0 + 5, reason: null, version: null })).toBe(true);
    await store.approvals.setVersion('a1', 3);
    expect(await store.approvals.get('a1')).toMatchObject({ status: 'approved', decidedBy: shop, version: 3 });
  });

  it('lists newest first by status and playbook, paged by (requested_at, id)', async () => {
    const store = await backend.open();
    await store.approvals.request(request('a1', T0, { playbookId: 'p1' }));
    await store.approvals.request(request('a2', T0 + 1, { playbookId: 'p2' }));
    await store.approvals.request(request('a3', T0 + 1, { playbookId: 'p3' }));
    await store.approvals.request(request('a4', T0 + 2, { playbookId: 'p1' }));
    expect((await store.approvals.list({ limit: 10 })).map((a) => a.id)).toEqual(['a4', 'a3', 'a2', 'a1']);
    expect((await store.approvals.list({ limit: 10, status: 'pending' })).map((a) => a.id)).toEqual(['a4', 'a3', 'a2']);
    expect((await store.approvals.list({ limit: 10, playbookId: 'p1' })).map((a) => a.id)).toEqual(['a4', 'a1']);
    expect((await store.approvals.list({ limit: 2, before: { at: T0 + 1, id: 'a3' } })).map((a) => a.id)).toEqual(['a2', 'a1']);
  });
});

describe('the audit log is append-only', () => {
  it('offers no way to change or remove a row but pruning by age, on either store', () => {
    for (const repository of [SqliteAudit, PgAudit]) {
      expect(Object.getOwnPropertyNames(repository.prototype).filter((name) => name !== 'constructor').sort()).toEqual(['append', 'list', 'prune']);
    }
  });
});
