import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Playbook } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../metrics/applyEvent.ts';
import { compilePlaybook } from '../../compile/compilePlaybook.ts';
import { newWorld, type CustomerWorld } from '../../react/CustomerWorld.ts';
import { react } from '../../react/react.ts';
import { previewPublish } from './previewPublish.ts';

const examples = fileURLToPath(new URL('../../../../../examples/playbooks/', import.meta.url));
const example = (id: string): Playbook => JSON.parse(readFileSync(`${examples}${id}.json`, 'utf8')) as Playbook;
const churn = example('churn-early-warning');
const DAY = 86_400_000;
const from = Date.parse('2026-03-02T08:00:00Z');

/** A stored customer who last ordered `daysAgo` days before the start (never, when null). */
function customer(id: string, daysAgo: number | null, attributes: Record<string, unknown> = {}): CustomerWorld {
  const world = newWorld({ id, attributes: { name: id.toUpperCase(), ...attributes } });
  if (daysAgo !== null) world.customer.metrics = applyEvent(world.customer.metrics, { type: 'order_placed', at: from - daysAgo * DAY, properties: { amount: 50 } });
  return world;
}

// 95 days silent: enter at once. 80 days: cross 90 days during a 30-day horizon. 10 days, or never ordered: do not enter.
const base = [customer('a', 95), customer('b', 95), customer('c', 80), customer('d', 10), customer('e', null)];

describe('previewPublish', () => {
  it('counts who enters now and over the horizon, messages per channel and day, coupons, tasks and the steps', () => {
    const preview = previewPublish({ playbook: churn, version: 1, live: [], worlds: base, population: base.length, from, days: 30 });
    expect(preview.sample).toEqual({ customers: 5, of: 5, scale: 1, sampled: false });
    expect(preview.entered).toEqual({ now: 2, over_horizon: 3 });
    expect(preview.messages.total).toBe(3);
    expect(preview.messages.by_channel).toEqual({ email: 3 });
    expect(preview.messages.by_day.reduce((sum, d) => sum + d.total, 0)).toBe(3);
    // 15% coupons carry no amount, so no currency: counted per percentage.
    expect(preview.coupons).toEqual({ total: 3, by_currency: [], by_percent: [{ percent: 15, count: 3 }] });
    // Nobody orders in a preview (future events are not foreseen): after 14 days everyone who entered gets a call task.
    expect(preview.tasks.total).toBe(3);
    expect(preview.steps.find((s) => s.node === 'start')).toMatchObject({ entered: 3, type: 'trigger' });
    expect(preview.steps.find((s) => s.node === 'tag_won_back')!.entered).toBe(0);
    expect(preview.steps.map((s) => s.node)).toEqual(churn.nodes.map((n) => n.id));
    expect(preview.examples.map((e) => [e.customer_id, e.name])).toEqual([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
    ]);
    expect(preview.examples[0]!.steps[0]).toMatchObject({ kind: 'entered', at: '2026-03-02T08:00:00.000Z' });
    expect(preview.examples[0]!.steps.some((s) => s.detail === 'issue_coupon' && s.label !== undefined)).toBe(true);
    expect(preview.overlaps).toEqual([]);
  });

  it('scales a sample to the whole base and says so', () => {
    const preview = previewPublish({ playbook: churn, version: 1, live: [], worlds: base, population: 50, from, days: 30 });
    expect(preview.sample).toEqual({ customers: 5, of: 50, scale: 10, sampled: true });
    expect(preview.entered).toEqual({ now: 20, over_horizon: 30 });
    expect(preview.coupons.by_percent).toEqual([{ percent: 15, count: 30 }]);
  });

  it('a shorter horizon sees fewer entries', () => {
    const preview = previewPublish({ playbook: churn, version: 1, live: [], worlds: base, population: 5, from, days: 7 });
    expect(preview.entered).toEqual({ now: 2, over_horizon: 2 });
    expect(preview.tasks.total).toBe(0);
  });

  it('lists a live playbook reaching the same customers, and whom both would contact', () => {
    const copy: Playbook = { ...churn, id: 'churn-copy', name: 'Churn copy' };
    const preview = previewPublish({ playbook: churn, version: 1, live: [{ playbook: copy, version: 2 }], worlds: base, population: 5, from, days: 30 });
    expect(preview.overlaps).toEqual([{ playbook_id: 'churn-copy', name: 'Churn copy', customers_in_both: 3, contacted_by_both: 3 }]);
  });

  it('a live playbook that reaches other customers is no overlap', () => {
    const loyal: Playbook = { ...churn, id: 'recent', name: 'Recent buyers', nodes: churn.nodes.map((n) => (n.type === 'trigger' ? { ...n, if: { '<': [{ var: 'customer.metrics.days_since_last_order' }, 30] } } : n)) } as Playbook;
    const preview = previewPublish({ playbook: churn, version: 1, live: [{ playbook: loyal, version: 1 }], worlds: base, population: 5, from, days: 30 });
    expect(preview.overlaps).toEqual([]);
  });

  it('carries stored runs on: a customer already inside a live playbook counts in both, and its waits go on', () => {
    // A live copy that takes no one new; Ann entered it a day ago and waits for an order.
    const closed = { ...churn, id: 'closed', name: 'Closed', nodes: churn.nodes.map((n) => (n.type === 'trigger' ? { ...n, if: { '>': [1, 2] } } : n)) } as Playbook;
    const entered = react(customer('a', 95), { kind: 'enroll', playbookId: 'closed' }, { now: from - DAY, playbooks: [compilePlaybook(closed, 4)] });
    expect(entered.world.runs).toHaveLength(1);
    const worlds = [entered.world, ...base.slice(1)];
    const reports: number[] = [];
    const preview = previewPublish({ playbook: churn, version: 1, live: [{ playbook: closed, version: 4 }], worlds, population: 5, from, days: 30, onProgress: (f) => reports.push(f) });
    // Ann is in both; the copy's email went before the horizon, so only the new playbook contacts her.
    expect(preview.overlaps).toEqual([{ playbook_id: 'closed', name: 'Closed', customers_in_both: 1, contacted_by_both: 0 }]);
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.at(-1)).toBe(1);
    expect([...reports].sort((x, y) => x - y)).toEqual(reports);
  });

  it('fires the timers stored runs wait on', () => {
    const entered = react(customer('a', 95), { kind: 'enroll', playbookId: churn.id }, { now: from - DAY, playbooks: [compilePlaybook(churn, 1)] });
    // Republishing: the stored run is on version 1, the draft becomes version 2 (the same graph here).
    const preview = previewPublish({ playbook: churn, version: 2, live: [], earlier: [{ playbook: churn, version: 1 }], worlds: [entered.world], population: 1, from, days: 30 });
    // No new entry (reentry after exit), but her 14-day wait ends in a call task.
    expect(preview.entered.over_horizon).toBe(0);
    expect(preview.tasks.total).toBe(1);
    const orphaned = previewPublish({ playbook: churn, version: 2, live: [], worlds: [entered.world], population: 1, from, days: 30 });
    expect(orphaned.tasks.total).toBe(0);
  });

  it('gives the same preview for the same base', () => {
    const input = { playbook: churn, version: 1, live: [], worlds: base, population: 5, from, days: 30 };
    expect(JSON.stringify(previewPublish(input))).toBe(JSON.stringify(previewPublish(input)));
  });
});
