import { compilePlaybook, react } from '@stayflow/engine';
import type { Playbook } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { BACKENDS } from './contract/backends.ts';
import type { PagePosition, Store } from './Store.ts';
import { eventItem } from './sqlite/testFixtures.ts';

const greet: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'greet',
  name: 'Greet',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Hi', body: 'Welcome' } },
    { id: 'task', type: 'action', action: 'create_task', title: 'Call {{customer.id}}' },
  ],
  edges: [
    { from: 'start', to: 'mail' },
    { from: 'mail', to: 'task' },
  ],
};

const T0 = Date.parse('2026-03-01T10:00:00Z');
const compiled = compilePlaybook(greet, 1);

/** Seven customers sign up: four at the same instant (so the id breaks the tie), three a second later. */
async function seeded(store: Store): Promise<void> {
  for (const [at, ids] of [
    [T0, ['c1', 'c2', 'c3', 'c4']],
    [T0 + 1000, ['c5', 'c6', 'c7']],
  ] as const) {
    const items = ids.map((id) => eventItem(`e-${id}`, id, 'signed_up', at));
    await store.advance(items, (world, input) => react(world, input, { now: at, playbooks: [compiled] }), { now: at, wallNow: at, deliversExternally: () => false });
  }
}

/** Reads a whole list page by page, each page continuing after the last row of the one before. */
async function walk<T>(read: (before: PagePosition | undefined) => Promise<T[]>, positionOf: (row: T) => PagePosition): Promise<T[][]> {
  const pages: T[][] = [];
  let before: PagePosition | undefined;
  for (;;) {
    const page = await read(before);
    if (page.length === 0) return pages;
    pages.push(page);
    before = positionOf(page.at(-1)!);
  }
}

describe.each(BACKENDS)('lists read page by page ($name)', (backend) => {
  it('walks runs, messages and tasks newest first, ties broken by id, each row once', async () => {
    const store = await backend.open();
    await seeded(store);
    const runs = await walk((before) => store.activity.runs({ limit: 3, ...(before ? { before } : {}) }), (r) => ({ at: r.enteredAt, id: r.id }));
    const all = await store.activity.runs({ limit: 100 });
    expect(runs.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(runs.flat()).toEqual(all);
    expect(all.map((r) => r.customerId).slice(0, 3).sort()).toEqual(['c5', 'c6', 'c7']);

    const messages = await walk((before) => store.activity.messages({ limit: 2, ...(before ? { before } : {}) }), (m) => ({ at: m.at, id: m.key }));
    expect(messages.flat()).toEqual(await store.activity.messages({ limit: 100 }));
    expect(new Set(messages.flat().map((m) => m.customerId)).size).toBe(7);

    const tasks = await walk((before) => store.activity.tasks({ limit: 4, ...(before ? { before } : {}) }), (t) => ({ at: t.createdAt, id: t.id }));
    const allTasks = await store.activity.tasks({ limit: 100 });
    expect(tasks.flat()).toEqual(allTasks);
    const keys = allTasks.map((t) => [-t.createdAt, t.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? 1 : -1)));
  });

  it('keeps filters while paging', async () => {
    const store = await backend.open();
    await seeded(store);
    const pages = await walk((before) => store.activity.runs({ customerId: 'c2', limit: 1, ...(before ? { before } : {}) }), (r) => ({ at: r.enteredAt, id: r.id }));
    expect(pages.flat().map((r) => r.customerId)).toEqual(['c2']);
  });

  it('searches customers page by page in id order and counts every match', async () => {
    const store = await backend.open();
    await seeded(store);
    const first = await store.customers.search('c', 4);
    const second = await store.customers.search('c', 4, first.at(-1)!.id);
    expect([...first, ...second].map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect(await store.customers.countMatching('c')).toBe(7);
    expect(await store.customers.countMatching('c6')).toBe(1);
    expect(await store.customers.countMatching('%')).toBe(0);
  });

  it('lists jobs newest first, continuing before a job', async () => {
    const store = await backend.open();
    for (const n of [1, 2, 3]) await store.jobs.create({ id: `job-${n}`, kind: 'sweep', playbookId: null, at: T0, total: null, createdAt: T0 + n });
    const [newest, middle] = await store.jobs.list({ limit: 2 });
    expect([newest?.id, middle?.id]).toEqual(['job-3', 'job-2']);
    expect((await store.jobs.list({ limit: 2, beforeSeq: middle!.seq })).map((j) => j.id)).toEqual(['job-1']);
  });
});
