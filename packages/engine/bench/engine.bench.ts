/**
 * Engine benchmark: 100,000 synthetic customers through a churn playbook for 90
 * simulated days (one sweep a day), then the same conditions evaluated the same
 * number of times by bare json-logic-js, to show what the interpreter costs on
 * top of evaluating Logic. Run with `pnpm --filter @stayflow/engine bench`.
 */
import { createRequire } from 'node:module';
import type { Playbook } from '@stayflow/playbook';
import {
  compilePlaybook,
  createRun,
  emptyMetrics,
  metricsAt,
  type SimulatedCustomer,
  type SimulatedEvent,
  type SimulationResult,
  simulate,
  step,
  type StepEnv,
} from '../src/index.ts';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
/** The machine is shared: each measurement is repeated and the best run kept. */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 2);
const DAYS = 90;
const DAY = 86_400_000;
const FROM = Date.UTC(2025, 0, 1);

const SEGMENT_RULE = {
  and: [{ '>': [{ var: 'customer.metrics.days_since_last_order' }, 90] }, { '>=': [{ var: 'customer.metrics.orders' }, 1] }],
};

const churn: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'bench-churn',
  name: 'Churn early warning (bench)',
  settings: { timezone: 'Asia/Shanghai', goal: { event: 'order_placed', within: 'P30D' } },
  nodes: [
    { id: 'start', type: 'trigger', on: 'segment', if: SEGMENT_RULE },
    { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 15, valid_for: 'P14D' },
    {
      id: 'mail',
      type: 'action',
      action: 'send_message',
      channel: 'email',
      template: { subject: 'We miss you, {{customer.name | default: "friend"}}', body: 'Here is {{coupon.percent}}% off: {{coupon.code}}, until {{coupon.valid_until}}.' },
    },
    { id: 'wait_order', type: 'wait_event', event: 'order_placed', timeout: 'P14D' },
    { id: 'call', type: 'action', action: 'create_task', title: 'Call a customer silent for 90 days', assignee: 'customer-success', due_in: 'P2D' },
  ],
  edges: [
    { from: 'start', to: 'coupon' },
    { from: 'coupon', to: 'mail' },
    { from: 'mail', to: 'wait_order' },
    { from: 'wait_order', to: 'call', port: 'timeout' },
  ],
};

/** mulberry32: a seeded generator, so every run benchmarks the same data set. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function dataSet(): { customers: SimulatedCustomer[]; events: SimulatedEvent[] } {
  const random = seeded(42);
  const customers: SimulatedCustomer[] = [];
  const events: SimulatedEvent[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const id = `c${i}`;
    customers.push({ id, attributes: { name: `Customer ${i}`, city: i % 3 === 0 ? 'Shanghai' : 'Hangzhou' } });
    const lastOrder = FROM - Math.floor(random() * 180 * DAY);
    const orders = 1 + Math.floor(random() * 4);
    for (let o = 0; o < orders; o++) {
      events.push({ customerId: id, type: 'order_placed', at: lastOrder - o * 30 * DAY, properties: { amount: 50 + Math.floor(random() * 400) } });
    }
    // A third order again at some point in the 90 days: some within their churn run's 14-day wait.
    if (random() < 0.33) events.push({ customerId: id, type: 'order_placed', at: FROM + Math.floor(random() * DAYS * DAY), properties: { amount: 120 } });
  }
  return { customers, events };
}

interface JsonLogic {
  apply(rule: unknown, data: unknown): unknown;
}

/** A json-logic-js instance of its own: `@stayflow/logic` reconfigures the shared one (a safe `var`). */
function bareJsonLogic(): JsonLogic {
  const require = createRequire(import.meta.url);
  const path = require.resolve('json-logic-js');
  const shared = require.cache[path];
  delete require.cache[path];
  const fresh = require(path) as JsonLogic;
  if (shared !== undefined) require.cache[path] = shared;
  return fresh;
}

function bareEvaluations(count: number, customers: readonly SimulatedCustomer[], events: readonly SimulatedEvent[]): number {
  const jsonLogic = bareJsonLogic();
  const lastOrder = new Map<string, { orders: number; last: number }>();
  for (const event of events) {
    const id = event.customerId!;
    const seen = lastOrder.get(id) ?? { orders: 0, last: -Infinity };
    seen.orders++;
    seen.last = Math.max(seen.last, event.at as number);
    lastOrder.set(id, seen);
  }
  const now = new Date(FROM + 45 * DAY).toISOString();
  const data = customers.map((customer) => {
    const seen = lastOrder.get(customer.id)!;
    return {
      customer: { ...customer.attributes, id: customer.id, tags: [], segments: [], metrics: { orders: seen.orders, days_since_last_order: (FROM + 45 * DAY - seen.last) / DAY } },
      event: null,
      now,
    };
  });
  let matches = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) if (jsonLogic.apply(SEGMENT_RULE, data[i % data.length])) matches++;
  const elapsed = performance.now() - started;
  if (matches < 0) console.log(matches);
  return elapsed;
}

/** The interpreter alone: each customer's run driven through `step` (start, then its timeout), no reactor, no sweeps. */
function stepOnly(): { ms: number; visits: number } {
  const playbook = compilePlaybook(churn, 1);
  const metrics = metricsAt(emptyMetrics(), FROM);
  let visits = 0;
  const started = performance.now();
  for (let i = 0; i < CUSTOMERS; i++) {
    const env: StepEnv = { now: FROM, customer: { id: `c${i}`, attributes: { name: `Customer ${i}` }, tags: [], segments: [], metrics }, sentAt: [] };
    const first = step(playbook, createRun({ playbook, customerId: `c${i}`, sequence: 1, now: FROM }), { kind: 'start' }, env);
    const timer = first.state.waiting!;
    const second = step(playbook, first.state, { kind: 'timer', timer: timer.timer }, { ...env, now: timer.until });
    visits += second.state.visits;
  }
  return { ms: performance.now() - started, visits };
}

function best<T extends { ms: number }>(runs: number, measure: () => T): T {
  let fastest: T | undefined;
  for (let i = 0; i < runs; i++) {
    const result = measure();
    if (fastest === undefined || result.ms < fastest.ms) fastest = result;
  }
  return fastest!;
}

function row(label: string, value: string): string {
  return `| ${label.padEnd(46)} | ${value.padStart(16)} |`;
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');

const { customers, events } = dataSet();
const simulation = best(REPEAT, () => {
  const started = performance.now();
  const result: SimulationResult = simulate({ playbooks: [churn], customers, events, from: FROM, to: FROM + DAYS * DAY, sweepEvery: 'P1D', messages: false, journeys: false });
  return { ms: performance.now() - started, result };
});
const { result } = simulation;
const stats = result.playbooks['bench-churn']!;
// Every sweep and every live event evaluates the segment trigger once; nothing else in this playbook holds Logic.
const evaluations = result.inputs.sweep + result.inputs.event;
const bare = best(REPEAT + 1, () => ({ ms: bareEvaluations(evaluations, customers, events) }));
const interpreter = best(REPEAT, stepOnly);
const seconds = (ms: number): number => ms / 1000;
const nodeSteps = result.nodeSteps + evaluations;

console.log(`\n${count(CUSTOMERS)} customers × ${DAYS} days, churn playbook, one sweep a day (node ${process.version}, best of ${REPEAT})\n`);
console.log(row('', 'value'));
console.log(`|${'-'.repeat(48)}|${'-'.repeat(18)}|`);
console.log(row('simulation wall time', `${seconds(simulation.ms).toFixed(2)} s`));
console.log(row('react calls (sweeps + events + timers)', count(result.inputs.sweep + result.inputs.event + result.inputs.timer)));
console.log(row('runs started / completed', `${count(stats.runs.started)} / ${count(stats.runs.completed)}`));
console.log(row('node visits (record_step)', count(result.nodeSteps)));
console.log(row('trigger evaluations (sweeps + live events)', count(evaluations)));
console.log(row('node steps / s (visits + trigger evaluations)', count(nodeSteps / seconds(simulation.ms))));
console.log(row('bare json-logic-js, same evaluations', `${seconds(bare.ms).toFixed(2)} s`));
console.log(row('bare json-logic-js evaluations / s', count(evaluations / seconds(bare.ms))));
console.log(row('overhead: simulation ÷ bare evaluation', `${(simulation.ms / bare.ms).toFixed(2)}×`));
console.log(row('step() alone: node visits / s', count(interpreter.visits / seconds(interpreter.ms))));
console.log(row('effects', count(result.effects.total)));
console.log(row('goal conversions', `${count(stats.goal.converted)} (${stats.goal.rate === null ? 'no runs' : `${(stats.goal.rate * 100).toFixed(1)} %`})`));
