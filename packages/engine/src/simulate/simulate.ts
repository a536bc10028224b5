import { parseZonedInstant, type Logic } from '@stayflow/logic';
import type { Playbook, ScheduleTrigger } from '@stayflow/playbook';
import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import { compilePlaybook } from '../compile/compilePlaybook.ts';
import type { Effect } from '../Effect.ts';
import type { EngineEvent } from '../EngineEvent.ts';
import { applyEvent } from '../metrics/applyEvent.ts';
import { type CompiledSegment, compileSegment } from '../react/compileSegment.ts';
import type { CustomerPredictions } from '../predictions/CustomerPredictions.ts';
import { type CustomerWorld, newWorld, type ReactEnv, type WorldInput } from '../react/CustomerWorld.ts';
import { needsTimeSweep, nextTimeChange } from '../react/nextTimeChange.ts';
import { react } from '../react/react.ts';
import { nextDateFire } from '../schedule/nextDateFire.ts';
import { nextScheduleFire } from '../schedule/nextScheduleFire.ts';
import { addDuration } from '../time/addDuration.ts';
import { calendarDuration } from '../time/CalendarDuration.ts';
import { isoAt } from '../time/isoAt.ts';
import { timeZoneFor } from '../time/timeZoneFor.ts';
import { type Due, MinHeap } from './MinHeap.ts';
import { type JourneyStep, type PlaybookStats, type SimulatedMessage, SimulationReport } from './SimulationReport.ts';

export interface SimulatedCustomer {
  id: string;
  attributes?: Record<string, unknown>;
  tags?: string[];
  /** The customer's scores from the customer-base models, as if scored before `from` (a stored customer's, or a sample profile's). */
  predictions?: CustomerPredictions;
}

/** An event as the API takes it (`customer_id`, ISO `at`), or with `customerId` and epoch milliseconds. */
export interface SimulatedEvent {
  id?: string;
  customer_id?: string;
  customerId?: string;
  type: string;
  at: string | number;
  properties?: Record<string, unknown>;
}

export interface SimulationInput {
  /** Valid playbooks (run `validate` first), each simulated as its version 1. */
  playbooks: readonly Playbook[];
  customers: readonly SimulatedCustomer[];
  /** Events before `from` are the customers' past: they feed metrics only. Events after `to` are ignored. */
  events: readonly SimulatedEvent[];
  segments?: readonly { name: string; if: Logic }[];
  from: string | number;
  to: string | number;
  /** How often segment triggers and exit_when are re-evaluated for everyone. Default `PT1H`. */
  sweepEvery?: string;
  /** Keep every sent message (default true). */
  messages?: boolean;
  /** Keep every customer's journey (default true). */
  journeys?: boolean;
  /**
   * Customers as stored (metrics, runs, segment answers, sends): the simulation goes on from
   * these states rather than from new customers, and the timers their waiting runs hold are armed.
   */
  worlds?: readonly CustomerWorld[];
  /** The version each playbook runs as, by playbook id (default 1); runs in `worlds` keep theirs. */
  versions?: Readonly<Record<string, number>>;
  /** Earlier versions that runs in `worlds` are still on (a republished playbook's). */
  earlier?: readonly { playbook: Playbook; version: number }[];
  /** Sees every reaction's effects, in time order (the publish preview tallies them). */
  observe?: (effects: readonly Effect[]) => void;
  /**
   * How time-alone changes are found after the first sweep: `sweep` (default) re-checks
   * everyone every `sweepEvery`; `timed` re-checks each customer at the instant a rule
   * may flip for them (`nextTimeChange`), as the runtime does, and sweeps everyone only
   * while a rule cannot be timed. Same answers, far fewer reactions.
   */
  recheck?: 'sweep' | 'timed';
  /** Told how far through the calendar the simulation is, 0–1: about every 1% and at the end. */
  onProgress?: (fraction: number) => void;
}

export interface SimulationIssue {
  code: 'simulation.bad_time' | 'simulation.bad_event' | 'simulation.bad_sweep';
  message: string;
}

export interface SimulationResult {
  from: string;
  to: string;
  playbooks: Record<string, PlaybookStats>;
  messages: SimulatedMessage[];
  journeys: Record<string, JourneyStep[]>;
  effects: { total: number; byType: Record<string, number> };
  /** Node visits (each visit once, however long it waited). */
  nodeSteps: number;
  /** `react` calls by input kind (`history` counts events before `from`, which only feed metrics). */
  inputs: Record<'event' | 'history' | 'timer' | 'date' | 'schedule' | 'sweep', number>;
  issues: SimulationIssue[];
}

interface TimerDue extends Due {
  customer: number;
  timer: string;
}
interface DateDue extends Due {
  customer: number;
  playbook: string;
}
interface ScheduleDue extends Due {
  playbook: CompiledPlaybook;
  trigger: ScheduleTrigger;
}
interface FlipDue extends Due {
  customer: number;
}
interface QueuedEvent {
  customer: number;
  event: EngineEvent;
}

/**
 * Runs playbooks against a data set over a simulated calendar, entirely in
 * memory: events in time order, a min-heap of timers, date and schedule
 * firings, and sweeps, all through `react`, exactly as the runtime would. At
 * one instant: events, then timers, date fires, schedule fires, sweeps.
 * Deterministic: the same input gives the same result.
 */
export function simulate(input: SimulationInput): SimulationResult {
  const issues: SimulationIssue[] = [];
  const from = toMs(input.from);
  const to = toMs(input.to);
  const sweepEvery = calendarDuration(input.sweepEvery ?? 'PT1H');
  const playbooks = input.playbooks.map((playbook) => compilePlaybook(playbook, input.versions?.[playbook.id] ?? 1));
  const earlier = new Map((input.earlier ?? []).map(({ playbook, version }) => [`${playbook.id}@${version}`, compilePlaybook(playbook, version)]));
  const report = new SimulationReport(playbooks, { messages: input.messages !== false, journeys: input.journeys !== false });
  const inputs: SimulationResult['inputs'] = { event: 0, history: 0, timer: 0, date: 0, schedule: 0, sweep: 0 };
  const result = (): SimulationResult => ({
    from: from === null ? String(input.from) : isoAt(from),
    to: to === null ? String(input.to) : isoAt(to),
    playbooks: report.stats(),
    messages: report.messages,
    journeys: report.journeys,
    effects: { total: report.total, byType: report.byType },
    nodeSteps: report.nodeSteps,
    inputs,
    issues,
  });
  if (from === null || to === null || to < from) {
    issues.push({ code: 'simulation.bad_time', message: '"from" and "to" must be ISO 8601 instants, "from" first.' });
    return result();
  }
  if (sweepEvery === null || addDuration(from, sweepEvery, 'UTC') <= from) {
    issues.push({ code: 'simulation.bad_sweep', message: `"sweepEvery" must be a positive ISO 8601 duration such as PT1H or P1D.` });
    return result();
  }

  const worlds: CustomerWorld[] = [];
  const indexOf = new Map<string, number>();
  const customerIndex = (id: string, seed?: SimulatedCustomer): number => {
    let index = indexOf.get(id);
    if (index === undefined) {
      index = worlds.length;
      const world = newWorld(seed ?? { id });
      if (seed?.predictions !== undefined) world.customer.metrics.predictions = seed.predictions;
      worlds.push(world);
      indexOf.set(id, index);
    }
    return index;
  };
  for (const world of input.worlds ?? []) {
    if (indexOf.has(world.customer.id)) continue;
    indexOf.set(world.customer.id, worlds.length);
    worlds.push(world);
  }
  for (const customer of input.customers) customerIndex(customer.id, customer);

  const queue: QueuedEvent[] = [];
  input.events.forEach((raw, i) => {
    const at = toMs(raw.at);
    const customerId = raw.customer_id ?? raw.customerId;
    if (at === null || customerId === undefined || typeof raw.type !== 'string') {
      issues.push({ code: 'simulation.bad_event', message: `Event ${raw.id ?? i} was skipped: it needs a customer, a type and an ISO 8601 "at".` });
      return;
    }
    if (at > to) return;
    const event: EngineEvent = { ...(raw.id !== undefined ? { id: raw.id } : {}), type: raw.type, at, properties: raw.properties ?? {} };
    const customer = customerIndex(customerId);
    if (at < from) {
      const world = worlds[customer]!;
      const { id, attributes, tags, metrics } = world.customer;
      worlds[customer] = { customer: { id, attributes, tags, metrics: applyEvent(metrics, event) }, runs: world.runs, matching: world.matching, starts: world.starts, sentAt: world.sentAt };
      inputs.history++;
    } else queue.push({ customer, event });
  });
  queue.sort((a, b) => a.event.at - b.event.at);

  let seq = 0;
  const segments: CompiledSegment[] = (input.segments ?? []).map((s) => compileSegment(s.name, s.if));
  const timers = new MinHeap<TimerDue>();
  const cancelled = new Set<string>();
  const dates = new MinHeap<DateDue>();
  const latestDate = new Map<string, number>();
  const schedules = new MinHeap<ScheduleDue>();
  const timed = input.recheck === 'timed';
  const flips = new MinHeap<FlipDue>();
  const latestFlip = new Map<number, number>();

  const handle = (customer: number, effects: readonly Effect[]): void => {
    if (effects.length === 0) return;
    report.take(effects);
    input.observe?.(effects);
    for (const effect of effects) {
      if (effect.type === 'schedule_timer') {
        cancelled.delete(effect.timer);
        if (effect.at <= to) timers.push({ at: effect.at, seq: seq++, customer, timer: effect.timer });
      } else if (effect.type === 'cancel_timer') cancelled.add(effect.timer);
      else if (effect.type === 'schedule_date') {
        const key = `${customer}:${effect.playbook}`;
        if (effect.at === null) latestDate.delete(key);
        else {
          latestDate.set(key, effect.at);
          if (effect.at <= to) dates.push({ at: effect.at, seq: seq++, customer, playbook: effect.playbook });
        }
      }
    }
  };
  const apply = (customer: number, worldInput: WorldInput, env: ReactEnv): void => {
    const world = worlds[customer]!;
    const reaction = react(world, worldInput, env);
    if (reaction.world !== world) worlds[customer] = reaction.world;
    handle(customer, reaction.effects);
    if (timed) {
      const flip = nextTimeChange(reaction.world, env);
      if (flip === null || flip > to) latestFlip.delete(customer);
      else if (latestFlip.get(customer) !== flip) {
        latestFlip.set(customer, flip);
        flips.push({ at: flip, seq: seq++, customer });
      }
    }
  };

  for (const playbook of playbooks) {
    const trigger = playbook.trigger;
    if (trigger.on === 'schedule') {
      const at = nextScheduleFire(trigger.node, from - 1, playbook.settings.timezone ?? 'UTC');
      if (at !== null && at <= to) schedules.push({ at, seq: seq++, playbook, trigger: trigger.node });
    }
    if (trigger.on === 'date') {
      worlds.forEach((world, customer) => {
        const zone = timeZoneFor(world.customer.attributes, playbook.settings.timezone);
        const at = nextDateFire(trigger.node, world.customer, from - 1, zone);
        handle(customer, [{ type: 'schedule_date', playbook: playbook.id, customer: world.customer.id, at }]);
      });
    }
  }

  // Runs carried in from stored worlds wait on timers of their own (an overdue one fires at once).
  worlds.forEach((world, customer) => {
    for (const run of world.runs) {
      const waiting = run.status === 'active' ? run.waiting : undefined;
      if (waiting !== undefined && waiting.until <= to) timers.push({ at: Math.max(waiting.until, from), seq: seq++, customer, timer: waiting.timer });
    }
  });

  let nextEvent = 0;
  let nextSweep = from;
  let now = from;
  let reported = 0;
  const playbookById = earlier.size === 0 ? undefined : (id: string, version: number) => earlier.get(`${id}@${version}`);
  const envAt = (at: number): ReactEnv => ({ now: at, playbooks, segments, ...(playbookById !== undefined ? { playbookById } : {}) });
  // With timed re-checks, sweeps after the first are needed only for rules that cannot be timed.
  const sweepsAfterFirst = !timed || needsTimeSweep(playbooks, earlier.values(), segments);
  for (;;) {
    const eventAt = nextEvent < queue.length ? queue[nextEvent]!.event.at : Infinity;
    const timerAt = timers.peek()?.at ?? Infinity;
    const dateAt = dates.peek()?.at ?? Infinity;
    const scheduleAt = schedules.peek()?.at ?? Infinity;
    const sweepAt = nextSweep <= to ? nextSweep : Infinity;
    const flipAt = flips.peek()?.at ?? Infinity;
    const at = Math.min(eventAt, timerAt, dateAt, scheduleAt, sweepAt, flipAt);
    if (at === Infinity || at > to) break;
    now = Math.max(now, at);
    if (input.onProgress !== undefined && to > from && (now - from) / (to - from) - reported >= 0.01) input.onProgress((reported = (now - from) / (to - from)));
    if (eventAt === at) {
      const { customer, event } = queue[nextEvent++]!;
      inputs.event++;
      apply(customer, { kind: 'event', event }, envAt(now));
    } else if (timerAt === at) {
      const due = timers.pop()!;
      if (cancelled.delete(due.timer)) continue;
      inputs.timer++;
      apply(due.customer, { kind: 'timer', timer: due.timer }, envAt(now));
    } else if (dateAt === at) {
      const due = dates.pop()!;
      if (latestDate.get(`${due.customer}:${due.playbook}`) !== due.at) continue;
      inputs.date++;
      apply(due.customer, { kind: 'date', playbookId: due.playbook, at: due.at }, envAt(now));
    } else if (scheduleAt === at) {
      const due = schedules.pop()!;
      const env = envAt(now);
      const fire: WorldInput = { kind: 'schedule', playbookId: due.playbook.id };
      for (let customer = 0; customer < worlds.length; customer++) apply(customer, fire, env);
      inputs.schedule += worlds.length;
      const next = nextScheduleFire(due.trigger, now, due.playbook.settings.timezone ?? 'UTC');
      if (next !== null && next <= to) schedules.push({ ...due, at: next, seq: seq++ });
    } else if (sweepAt !== at) {
      const due = flips.pop()!;
      if (latestFlip.get(due.customer) !== due.at) continue;
      latestFlip.delete(due.customer);
      inputs.sweep++;
      apply(due.customer, { kind: 'sweep' }, envAt(now));
    } else {
      const env = envAt(now);
      const sweep: WorldInput = { kind: 'sweep' };
      for (let customer = 0; customer < worlds.length; customer++) apply(customer, sweep, env);
      inputs.sweep += worlds.length;
      nextSweep = sweepsAfterFirst ? addDuration(nextSweep, sweepEvery, 'UTC') : Infinity;
    }
  }
  input.onProgress?.(1);
  return result();
}

function toMs(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // Read the same everywhere: a date-time without an offset would depend on the machine's zone.
  return parseZonedInstant(value);
}
