import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Playbook } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { playbookOf } from '../testing/fixtures.ts';
import { simulate, type SimulatedCustomer, type SimulatedEvent, type SimulationResult } from './simulate.ts';
import type { PlaybookStats } from './SimulationReport.ts';

const examples = fileURLToPath(new URL('../../../../examples/playbooks/', import.meta.url));
const example = (id: string): Playbook => JSON.parse(readFileSync(`${examples}${id}.json`, 'utf8')) as Playbook;

const customers: SimulatedCustomer[] = [
  { id: 'ann', attributes: { name: 'Ann', birthday: '1990-02-10', renewal_date: '2025-03-20', plan: 'pro' } },
  { id: 'bob', attributes: { name: 'Bob', birthday: '1992-02-29', timezone: 'Europe/Berlin' }, tags: ['vip'] },
  { id: 'cy', attributes: { name: 'Cy' } },
];
const events: SimulatedEvent[] = [
  { customer_id: 'ann', type: 'order_placed', at: '2024-10-01T10:00:00Z', properties: { amount: 300 } },
  { customer_id: 'bob', type: 'order_placed', at: '2024-12-20T10:00:00Z', properties: { amount: 2500 } },
  { customer_id: 'bob', type: 'order_placed', at: '2025-01-05T10:00:00Z', properties: { amount: 80 } },
  { customer_id: 'cy', type: 'signed_up', at: '2025-01-02T09:00:00Z' },
  { customer_id: 'cy', type: 'nps_submitted', at: '2025-01-03T09:00:00Z', properties: { score: 4 } },
  { customer_id: 'bob', type: 'feedback_submitted', at: '2025-01-04T09:00:00Z', properties: { sentiment: 'negative', text: 'late' } },
  { customer_id: 'ann', type: 'order_placed', at: '2025-01-10T03:00:00Z', properties: { amount: 120 } },
  { customer_id: 'cy', type: 'order_placed', at: '2025-01-20T10:00:00Z', properties: { amount: 40 } },
];
const window = { from: '2025-01-01T00:00:00Z', to: '2025-03-31T00:00:00Z' };

describe('simulate', () => {
  it('runs the churn template over a calendar: per-node counts, runs, goal, messages and journeys', () => {
    const result = simulate({ playbooks: [example('churn-early-warning')], customers, events, ...window });
    const stats = result.playbooks['churn-early-warning']!;
    // Ann has been silent since 1 October: she enters on the first sweep, orders on 10 January and is won back.
    expect(stats.runs).toEqual({ started: 1, active: 0, completed: 1, exited: 0, treatment: 1, control: 0 });
    expect(stats.nodes.start).toEqual({ entered: 1, ports: { next: 1 } });
    expect(stats.nodes.wait_for_order).toEqual({ entered: 1, ports: { event: 1 } });
    expect(stats.nodes.call_task).toEqual({ entered: 0, ports: {} });
    expect(stats.goal).toEqual({ converted: 1, rate: 1 });
    // Entered at 00:00 UTC = 08:00 in Shanghai, inside 21:00–09:00 quiet hours: the email goes at 09:00 Shanghai.
    expect(result.messages).toMatchObject([{ customer: 'ann', node: 'send_coupon_email', channel: 'email', at: '2025-01-01T01:00:00.000Z' }]);
    expect(result.messages[0]!.body).toMatch(/Hi Ann,[\s\S]*Your code: SF-[0-9A-Z]{12}/);
    expect(result.journeys.ann!.map((s) => s.kind)).toContain('converted');
    expect(result.journeys.bob).toBeUndefined();
    expect(result.issues).toEqual([]);
  });

  it('gives the same result for the same input', () => {
    const input = { playbooks: ['churn-early-warning', 'birthday-greeting', 'ab-test-care-plans'].map(example), customers, events, ...window };
    expect(JSON.stringify(simulate(input))).toBe(JSON.stringify(simulate(input)));
  });

  it('fires date triggers on the day, a 29 February birthday on 28 February', () => {
    const result = simulate({ playbooks: [example('birthday-greeting')], customers, events, ...window, journeys: false });
    const greetings = result.messages.filter((m) => m.node === 'birthday_sms');
    expect(greetings.map((m) => [m.customer, m.at])).toEqual([
      ['ann', '2025-02-10T01:00:00.000Z'],
      ['bob', '2025-02-28T08:00:00.000Z'],
    ]);
  });

  it('splits holdout and treatment conversion rates, and counts split variants', () => {
    const playbook = playbookOf({
      id: 'experiment',
      settings: { holdout: 20, goal: { event: 'order_placed', within: 'P30D' } },
      nodes: [
        { id: 'start', type: 'trigger', on: 'segment', if: { '>=': [{ var: 'customer.metrics.orders' }, 0] } },
        { id: 'ab', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] },
      ],
    });
    const many = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}` }));
    const orders = many.filter((_, i) => i % 3 === 0).map((c) => ({ customer_id: c.id, type: 'order_placed', at: '2025-01-15T10:00:00Z' }));
    const result = simulate({ playbooks: [playbook], customers: many, events: orders, from: window.from, to: window.to, sweepEvery: 'P1D', journeys: false });
    const stats = result.playbooks.experiment!;
    expect(stats.runs).toMatchObject({ started: 300, active: 0, completed: 300, exited: 0 });
    expect(stats.runs.treatment + stats.runs.control).toBe(300);
    expect(stats.holdout?.control.runs).toBe(stats.runs.control);
    expect(stats.goal.converted).toBe(100);
    expect(stats.goal.rate).toBeCloseTo(1 / 3);
    expect(stats.goal.control_rate).toBeGreaterThan(0.15);
    expect(stats.goal.treatment_rate).toBeGreaterThan(0.25);
    // Variants count the treatment runs only: held-out customers receive nothing whichever way they go.
    const variants = stats.variants!;
    expect(variants.a!.runs + variants.b!.runs).toBe(stats.runs.treatment);
    expect(variants.a!.converted + variants.b!.converted).toBe(stats.holdout!.treatment.converted);
    expect(variants.a!.runs).toBeGreaterThan(90);
    expect(stats.variant_test?.winner).toBeNull();
  });

  it('counts a run still waiting when the simulation ends as active', () => {
    const result = simulate({ playbooks: [example('churn-early-warning')], customers, events, from: window.from, to: '2025-01-05T00:00:00Z' });
    expect(result.playbooks['churn-early-warning']!.runs).toEqual({ started: 1, active: 1, completed: 0, exited: 0, treatment: 1, control: 0 });
    expect(runsFromJourneys(result, 'churn-early-warning')).toEqual({ started: 1, active: 1, completed: 0, exited: 0, treatment: 1, control: 0 });
  });

  it('reports unusable times as issues instead of throwing', () => {
    const result = simulate({ playbooks: [], customers: [], events: [{ customer_id: 'x', type: 'order_placed', at: 'yesterday' }], from: 'soon', to: window.to });
    expect(result.issues.map((i) => i.code)).toEqual(['simulation.bad_time']);
    const skipped = simulate({ playbooks: [], customers: [], events: [{ customer_id: 'x', type: 'order_placed', at: 'yesterday' }], ...window });
    expect(skipped.issues.map((i) => i.code)).toEqual(['simulation.bad_event']);
  });

  it('simulates every template in examples/ without errors (golden run)', () => {
    const files = readdirSync(examples).filter((file) => file.endsWith('.json'));
    const playbooks = files.map((file) => JSON.parse(readFileSync(`${examples}${file}`, 'utf8')) as Playbook);
    const result = simulate({ playbooks, customers, events, ...window, sweepEvery: 'PT6H' });
    expect(Object.keys(result.playbooks)).toHaveLength(files.length);
    const started = Object.fromEntries(Object.entries(result.playbooks).map(([id, stats]) => [id, stats.runs.started]));
    expect(started).toMatchObject({ 'churn-early-warning': 1, 'birthday-greeting': 2, 'holiday-greeting': 2, 'nps-follow-up': 1, 'negative-feedback-24h': 1, 'onboarding-key-moments': 1, 'welcome-call': 0 });
    for (const [id, stats] of Object.entries(result.playbooks)) expect(stats.runs, id).toEqual(runsFromJourneys(result, id));
  });
});

/** One playbook's run counts rebuilt run by run from the journeys: a run ends at most once, only after it entered. */
function runsFromJourneys(result: SimulationResult, playbook: string): PlaybookStats['runs'] {
  const entered = new Set<string>();
  let control = 0;
  const ended = new Map<string, string>();
  for (const step of Object.values(result.journeys).flat()) {
    if (step.playbook !== playbook) continue;
    if (step.kind === 'entered') {
      entered.add(step.run);
      if (step.control) control++;
    }
    if (step.kind !== 'ended') continue;
    expect(ended.has(step.run), `${step.run} ended twice`).toBe(false);
    expect(entered.has(step.run), `${step.run} ended before it entered`).toBe(true);
    ended.set(step.run, step.status);
  }
  const statuses = [...ended.values()];
  return {
    started: entered.size,
    active: [...entered].filter((run) => !ended.has(run)).length,
    completed: statuses.filter((status) => status === 'completed').length,
    exited: statuses.filter((status) => status === 'exited').length,
    treatment: entered.size - control,
    control,
  };
}
