import { simulate, type SimulatedCustomer, type SimulatedEvent } from '@stayflow/engine';
import type { Playbook } from '@stayflow/playbook';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from './index.ts';
import { generateDemoData } from './src/demoData.ts';

/**
 * Golden simulations: every template, run for 60 days on the same seeded demo data set,
 * must keep producing the same per-step counts. A change in the engine, the templates or
 * the generator that moves a number shows up here; when the change is intended, rewrite
 * the file with `UPDATE_GOLDEN=1 pnpm --filter @stayflow/examples test` and review the diff.
 */
const GOLDEN = fileURLToPath(new URL('./golden/simulations.json', import.meta.url));
// The data set's "today" is the end of the simulated window, so its last 60 days of
// orders, NPS answers and sign-ups arrive live during the simulation (and 1 January falls
// inside it, for the holiday greeting); everything earlier is history.
const FROM = '2025-12-15T00:00:00Z';
const DATA_NOW = '2026-02-13T00:00:00Z';
const DAY = 86_400_000;

function demoSet(): { customers: SimulatedCustomer[]; events: SimulatedEvent[] } {
  const customers: SimulatedCustomer[] = [];
  const events: SimulatedEvent[] = [];
  for (const record of generateDemoData({ customers: 400, seed: 7, now: DATA_NOW })) {
    if (record.kind === 'customer') customers.push({ id: record.id, attributes: { ...record.attributes }, tags: record.tags });
    else events.push({ id: record.id, customer_id: record.customer_id, type: record.type, at: record.at, properties: record.properties });
  }
  return { customers, events };
}

const segments = [
  { name: 'loyal', if: { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 4] }, { '<=': [{ var: 'customer.metrics.days_since_last_order' }, 60] }] } },
  { name: 'at_risk', if: { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 2] }, { '>': [{ var: 'customer.metrics.days_since_last_order' }, 60] }, { '<=': [{ var: 'customer.metrics.days_since_last_order' }, 180] }] } },
  { name: 'churned', if: { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 1] }, { '>': [{ var: 'customer.metrics.days_since_last_order' }, 180] }] } },
];

describe('golden simulations of the templates on the demo data', () => {
  const data = demoSet();
  const from = Date.parse(FROM);
  const actual: Record<string, unknown> = {};
  for (const { document } of loadTemplates()) {
    const playbook = document as Playbook;
    const result = simulate({ playbooks: [playbook], ...data, segments, from, to: from + 60 * DAY, sweepEvery: 'P1D', journeys: false });
    const stats = result.playbooks[playbook.id]!;
    actual[playbook.id] = { runs: stats.runs, goal: stats.goal, nodes: stats.nodes, messages: result.messages.length };
  }

  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(GOLDEN)) throw new Error('examples/golden/simulations.json is missing: write it with UPDATE_GOLDEN=1 and review it.');
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>;

  it.each(Object.keys(actual))('%s gives the recorded counts', (id) => {
    expect(actual[id]).toEqual(golden[id]);
  });

  it('records every template', () => {
    expect(Object.keys(golden).sort()).toEqual(Object.keys(actual).sort());
  });
});
