import { addDuration, simulate, type CustomerPredictions, type JourneyStep, type SimulatedEvent } from '@stayflow/engine';
import { MS_PER_DAY } from '@stayflow/logic';
import { DEFAULT_PORT, validate, type Playbook } from '@stayflow/playbook';
import Type from 'typebox';
import { HttpError, notFound } from '../plugins/errors.ts';
import { iso, LocaleQuery, parseForwardDuration } from '../routes/common.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { publicIssue } from './playbookService.ts';
import { quoteInput } from '../plugins/quoteInput.ts';

const DEFAULT_DAYS = 30;

const Amount = Type.Number({ minimum: 0 });
/** Predicted metrics for the test (README "Predictions"): a sample's, or overriding the stored customer's; orders and value not given count as 0. */
const SamplePredictions = Type.Object(
  {
    p_alive: Type.Number({ minimum: 0, maximum: 1, description: 'Probability still active, 0–1.' }),
    expected_orders_30d: Type.Optional(Amount),
    expected_orders_90d: Type.Optional(Amount),
    expected_orders_365d: Type.Optional(Amount),
    expected_order_value: Type.Optional(Amount),
    predicted_clv: Type.Optional(Amount),
  },
  { additionalProperties: false },
);

/** A sample profile's past as metrics (README "Test runs"): turned into past events that feed its metrics only. */
const SampleHistory = Type.Object(
  {
    orders: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'Orders placed before the test.' })),
    days_since_last_order: Type.Optional(Type.Number({ minimum: 0, maximum: 36500, description: 'Days from the last order to the start of the test (with orders ≥ 1).' })),
    total_spent: Type.Optional(Type.Number({ minimum: 0, description: 'Spent over those orders, in the currency attribute (default: 100 per order).' })),
    nps: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, description: 'The last NPS answer, given a week before the test.' })),
  },
  { additionalProperties: false },
);
type SampleHistory = Type.Static<typeof SampleHistory>;
/** Days between a sample's earlier orders (its last order is `days_since_last_order` before the test). */
export const SAMPLE_ORDER_GAP_DAYS = 30;
const SAMPLE_SPEND_PER_ORDER = 100;

/** The body of `POST /api/playbooks/:id/test`; the route checks it, `days` included. */
export const TestRunRequest = Type.Object(
  {
    document: Type.Optional(Type.Unknown({ description: 'The playbook to test; defaults to the saved draft.' })),
    customer_id: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'A stored customer: their attributes and history are used.' })),
    customer: Type.Optional(
      Type.Object(
        {
          attributes: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          tags: Type.Optional(Type.Array(Type.String())),
          predictions: Type.Optional(SamplePredictions),
          history: Type.Optional(SampleHistory),
        },
        { additionalProperties: false, description: 'A sample profile, or changes to the stored customer for this test.' },
      ),
    ),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, default: DEFAULT_DAYS })),
    events: Type.Optional(
      Type.Array(
        Type.Object(
          { type: Type.String({ minLength: 1 }), after: Type.Optional(Type.String({ description: 'ISO 8601 duration after the start, e.g. P3D.' })), properties: Type.Optional(Type.Record(Type.String(), Type.Unknown())) },
          { additionalProperties: false },
        ),
        { maxItems: 100, description: 'Events to happen during the test.' },
      ),
    ),
    locale: LocaleQuery,
  },
  { additionalProperties: false },
);
export type TestRunRequest = Type.Static<typeof TestRunRequest>;
const ENROL_EVENT = 'stayflow.test_enrol';
const SAMPLE_ID = 'sample-customer';

/**
 * "What would this playbook do to this customer?" — the engine's simulation over the
 * customer's real history (or a sample profile), from the clock's now for `days`. Nothing
 * is stored and nothing is sent.
 */
export async function testRun(runtime: Runtime, playbookId: string, request: TestRunRequest) {
  const record = await runtime.store.playbooks.get(playbookId);
  if (!record && request.document === undefined) throw notFound(`The playbook ${quoteInput(playbookId)}`);
  const checked = validate(request.document ?? record?.draft, { locale: request.locale ?? 'en' });
  if (!checked.valid) throw new HttpError(400, 'invalid_playbook', `Fix the playbook's problems before a test run: ${checked.errors[0]!.message}`, checked.errors.map(publicIssue));
  const days = request.days ?? DEFAULT_DAYS;

  let customer: { id: string; attributes: Record<string, unknown>; tags: string[]; predictions?: CustomerPredictions };
  const history: SimulatedEvent[] = [];
  if (request.customer_id !== undefined) {
    const stored = await runtime.store.customers.get(request.customer_id);
    if (!stored) throw notFound(`The customer ${quoteInput(request.customer_id)}`);
    customer = { id: stored.id, attributes: { ...stored.attributes, ...request.customer?.attributes }, tags: request.customer?.tags ?? stored.tags };
    const scored = stored.world.customer.metrics.predictions;
    if (scored !== undefined) customer.predictions = scored;
    for (const event of await runtime.store.activity.events({ customerId: stored.id })) {
      history.push({ id: event.id, customer_id: stored.id, type: event.type, at: event.at, properties: event.properties });
    }
  } else {
    customer = { id: SAMPLE_ID, attributes: request.customer?.attributes ?? {}, tags: request.customer?.tags ?? [] };
  }

  const from = runtime.clock.now();
  const past = request.customer?.history;
  if (past !== undefined) {
    if (request.customer_id !== undefined) throw new HttpError(400, 'bad_request', 'customer.history describes a sample profile\'s past; a stored customer\'s own history is used as it is.');
    history.push(...sampleHistoryEvents(past, customer.id, customer.attributes, from));
  }
  const to = from + days * MS_PER_DAY;
  const given = request.customer?.predictions;
  if (given !== undefined) customer.predictions = samplePredictions(given, customer.attributes, from);
  const { playbook, startEvent } = withTestEntry(checked.playbook);
  const events: SimulatedEvent[] = [...history];
  for (const [i, event] of (request.events ?? []).entries()) {
    const at = event.after ? afterStart(event.after, from) : from;
    events.push({ id: `test-${i}`, customer_id: customer.id, type: event.type, at, properties: event.properties ?? {} });
  }
  const injected = startEvent !== undefined && !(request.events ?? []).some((e) => e.type === startEvent);
  if (injected) events.push({ id: 'test-start', customer_id: customer.id, type: startEvent, at: from + 1, properties: {} });

  const segments = (await runtime.store.segments.list()).map((s) => ({ name: s.name, if: s.rule }));
  const run = (candidate: Playbook) => {
    const result = simulate({ playbooks: [candidate], customers: [customer], events, segments, from, to, sweepEvery: 'PT1H' });
    const journey = (result.journeys[customer.id] ?? []).filter((step) => step.playbook === candidate.id);
    return { result, journey, entered: journey.some((s) => s.kind === 'entered') };
  };
  const { result, journey, entered } = run(playbook);
  // Not entered, with a stop-early rule: was it the rule? The same run without it tells.
  const stoppedEarly = !entered && playbook.settings?.exit_when !== undefined && run({ ...playbook, settings: { ...playbook.settings, exit_when: undefined } }).entered;
  const reason = entered ? undefined : stoppedEarly ? 'exit_when' : triggerOf(checked.playbook)?.on ?? 'manual';
  return summarise(checked.playbook, journey, result.messages, { entered, reason, injected: injected ? startEvent : undefined, from, to });
}

/**
 * A sample's past as events before the test, which feed its metrics only: `orders` order events
 * (the last `days_since_last_order` days before the start, the others SAMPLE_ORDER_GAP_DAYS apart
 * before it, `total_spent` shared equally), and an NPS answer a week before the start.
 */
export function sampleHistoryEvents(past: SampleHistory, customerId: string, attributes: Record<string, unknown>, from: number): SimulatedEvent[] {
  const orders = past.orders ?? 0;
  if (orders === 0 && (past.days_since_last_order !== undefined || past.total_spent !== undefined)) {
    throw new HttpError(400, 'bad_request', 'customer.history gives days since the last order or a total spent, but no orders: set orders to 1 or more.');
  }
  const events: SimulatedEvent[] = [];
  const last = from - (past.days_since_last_order ?? SAMPLE_ORDER_GAP_DAYS) * MS_PER_DAY;
  const amount = (past.total_spent ?? SAMPLE_SPEND_PER_ORDER * orders) / Math.max(orders, 1);
  const currency = typeof attributes.currency === 'string' ? { currency: attributes.currency } : {};
  for (let i = 0; i < orders; i++) {
    const at = last - (orders - 1 - i) * SAMPLE_ORDER_GAP_DAYS * MS_PER_DAY;
    events.push({ id: `sample-order-${i}`, customer_id: customerId, type: 'order_placed', at, properties: { amount, ...currency } });
  }
  if (past.nps !== undefined) events.push({ id: 'sample-nps', customer_id: customerId, type: 'nps_submitted', at: from - 7 * MS_PER_DAY, properties: { score: past.nps } });
  return events.sort((a, b) => Number(a.at) - Number(b.at));
}

/** A test's predicted metrics as the engine keeps them, in the customer's currency attribute. */
function samplePredictions(given: Type.Static<typeof SamplePredictions>, attributes: Record<string, unknown>, now: number): CustomerPredictions {
  const currency = typeof attributes.currency === 'string' ? attributes.currency.toUpperCase() : null;
  return {
    pAlive: given.p_alive,
    expectedOrders30d: given.expected_orders_30d ?? 0,
    expectedOrders90d: given.expected_orders_90d ?? 0,
    expectedOrders365d: given.expected_orders_365d ?? 0,
    currency,
    expectedOrderValue: given.expected_order_value ?? null,
    predictedClv: given.predicted_clv ?? null,
    fittedAt: now,
    scoredAt: now,
  };
}

const triggerOf = (playbook: Playbook) => playbook.nodes.find((n): n is Extract<Playbook['nodes'][number], { type: 'trigger' }> => n.type === 'trigger');

/** Event and manual triggers need an entrance during the test: an event at its start does it. */
function withTestEntry(playbook: Playbook): { playbook: Playbook; startEvent?: string } {
  const trigger = playbook.nodes.find((n) => n.type === 'trigger');
  if (trigger?.type === 'trigger' && trigger.on === 'event') return { playbook, startEvent: trigger.event };
  if (trigger?.type === 'trigger' && trigger.on === 'manual') {
    const nodes = playbook.nodes.map((n) => (n === trigger ? { id: n.id, type: 'trigger' as const, on: 'event' as const, event: ENROL_EVENT } : n));
    return { playbook: { ...playbook, nodes }, startEvent: ENROL_EVENT };
  }
  return { playbook };
}

function afterStart(text: string, from: number): number {
  const duration = parseForwardDuration(text);
  if (duration === null) throw new HttpError(400, 'bad_request', `"after" must be a duration such as P3D or PT2H, not ${quoteInput(text)}.`);
  return addDuration(from, duration, 'UTC');
}

function summarise(
  playbook: Playbook,
  journey: JourneyStep[],
  messages: ReturnType<typeof simulate>['messages'],
  context: { entered: boolean; reason: NotEnteredReason | undefined; injected: string | undefined; from: number; to: number },
) {
  const targets = new Map(playbook.edges.map((e) => [`${e.from}\u0000${e.port ?? DEFAULT_PORT}`, e.to]));
  const nodes: string[] = [];
  const edges: { from: string; to: string; port: string }[] = [];
  const steps: { node: string; port: string | null; at: string; left_at: string | null }[] = [];
  const waiting = new Map<string, (typeof steps)[number]>();
  for (const step of journey) {
    if (step.kind !== 'step') continue;
    if (!nodes.includes(step.node)) nodes.push(step.node);
    const paused = waiting.get(step.node);
    if (paused !== undefined) {
      // A visit that waited is recorded again when it leaves: one row, with the exit taken.
      paused.port = step.port ?? null;
      paused.left_at = step.at;
      waiting.delete(step.node);
    } else {
      const row = { node: step.node, port: step.port ?? null, at: step.at, left_at: step.port !== undefined ? step.at : null };
      steps.push(row);
      if (step.port === undefined) waiting.set(step.node, row);
    }
    const to = step.port !== undefined ? targets.get(`${step.node}\u0000${step.port}`) : undefined;
    if (step.port !== undefined && to !== undefined && !edges.some((e) => e.from === step.node && e.port === step.port)) edges.push({ from: step.node, to, port: step.port });
  }
  const actions = journey.filter((s): s is Extract<JourneyStep, { kind: 'action' }> => s.kind === 'action');
  const ended = journey.find((s): s is Extract<JourneyStep, { kind: 'ended' }> => s.kind === 'ended');
  const control = journey.find((s): s is Extract<JourneyStep, { kind: 'entered' }> => s.kind === 'entered')?.control ?? false;
  return {
    entered: context.entered,
    ...(context.reason !== undefined ? { reason: notEnteredReason(playbook, context.reason), reason_code: context.reason } : {}),
    ...(context.injected ? { simulated_trigger_event: context.injected } : {}),
    control,
    status: ended ? ended.status : context.entered ? 'active' : 'not_entered',
    ended: ended ? { at: ended.at, reason: ended.reason } : null,
    from: iso(context.from),
    to: iso(context.to),
    path: { nodes, edges },
    steps,
    messages: messages.filter((m) => m.playbook === playbook.id).map((m) => ({ channel: m.channel, subject: m.subject ?? null, body: m.body, at: m.at, node: m.node })),
    coupons: actions.filter((a) => a.action === 'issue_coupon').map((a) => ({ node: a.node, at: a.at, detail: a.detail })),
    tasks: actions.filter((a) => a.action === 'create_task').map((a) => ({ node: a.node, at: a.at, detail: a.detail })),
    tags: {
      added: actions.filter((a) => a.action === 'add_tag').map((a) => a.detail),
      removed: actions.filter((a) => a.action === 'remove_tag').map((a) => a.detail),
    },
    actions: actions.map((a) => ({ node: a.node, action: a.action, at: a.at, detail: a.detail })),
    converted: journey.some((s) => s.kind === 'converted'),
  };
}

/** Why a test run's customer did not enter: the stop-early rule, or what the trigger waits for. */
type NotEnteredReason = 'exit_when' | 'segment' | 'schedule' | 'date' | 'event' | 'manual';

function notEnteredReason(playbook: Playbook, code: NotEnteredReason): string {
  const trigger = triggerOf(playbook);
  switch (code) {
    case 'exit_when':
      return 'The customer already meets the playbook\'s stop-early rule (exit_when), so they would not enter.';
    case 'segment':
      return 'The customer does not match the entry condition during the test period.';
    case 'schedule':
      return 'The schedule does not fire during the test period, or the customer is not in its audience.';
    case 'date':
      return `The customer's "${trigger?.on === 'date' ? trigger.attribute : 'date'}" date does not fall due during the test period (or is missing).`;
    case 'event':
      return `The "${trigger?.on === 'event' ? trigger.event : 'trigger'}" event did not match the trigger's conditions.`;
    default:
      return 'The customer was not enrolled.';
  }
}
