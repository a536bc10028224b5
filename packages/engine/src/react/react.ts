import { buildContext } from '../buildContext.ts';
import type { Effect } from '../Effect.ts';
import { type EngineEvent, isHistory } from '../EngineEvent.ts';
import { applyEvent } from '../metrics/applyEvent.ts';
import { samePredictions } from '../predictions/CustomerPredictions.ts';
import { nextDateFire } from '../schedule/nextDateFire.ts';
import { longestMs } from '../time/CalendarDuration.ts';
import { convertRuns } from './convertRuns.ts';
import type { CustomerWorld, ReactEnv, WorldInput } from './CustomerWorld.ts';
import { evaluatedSegments } from './customerContext.ts';
import { pruneRuns } from './pruneRuns.ts';
import {
  contextOf,
  livePlaybook,
  openSession,
  playbookOfRun,
  type ReactSession,
  setCustomer,
  setMatching,
  stepRun,
  timeZoneOfCustomer,
  viewOf,
  withChange,
} from './ReactSession.ts';
import { hasExitWhen, quietSweep } from './quietSweep.ts';
import { startRun, type StartOutcome } from './startRun.ts';
import type { EngineDiagnostic } from '../rules/EngineDiagnostic.ts';
import { reactionBudget, reactionBudgetSpent } from '../rules/ReactionBudget.ts';

export interface ReactResult {
  world: CustomerWorld;
  effects: Effect[];
  /** Present when a rule was stopped by a limit (it counted as not matching) or a value was too large to write: for the log. */
  diagnostics?: EngineDiagnostic[];
  /**
   * For an `enroll` input: whether the customer entered (`started`; `holdout` when in the
   * playbook's holdout group) or why not (`reentry`, `exit_condition`, `not_live` when the
   * playbook is not live).
   */
  enrolment?: StartOutcome | 'not_live';
  /**
   * The named segments `world.customer` matches at `env.now`, present when the reaction
   * evaluated them for that very customer state anyway (segment triggers, conditions on
   * `customer.segments`). Equal to `describeCustomer(world.customer, env.segments, env.now).segments`:
   * left out when the reaction budget stopped one of them, or when it never looked. A
   * store keeps memberships with it instead of evaluating the segments a second time.
   */
  segments?: readonly string[];
}

/** Rounds of re-checking after runs' own actions changed the customer (a tag that meets another playbook's exit_when). */
const SETTLE_ROUNDS = 3;
const MIN_SENT_WINDOW_MS = 7 * 86_400_000;

/**
 * The per-customer reactor: one input in, the customer's next world and the
 * effects out. The durable runtime calls it inside one transaction per input;
 * the simulator calls it in a loop. Pure and deterministic.
 *
 * A timer first checks its run's `exit_when`, then resumes it.
 * Order: metrics and attributes first; then goal conversions, `exit_when`,
 * runs waiting for the event, and last the triggers (event triggers, segment
 * triggers when the customer starts to match), each start subject to reentry.
 * An event more than 72 hours old is history: it feeds metrics only.
 */
export function react(world: CustomerWorld, input: WorldInput, env: ReactEnv): ReactResult {
  const budget = reactionBudget();
  const diagnostics: EngineDiagnostic[] = [];
  if (input.kind === 'sweep' && quietSweep(world, env, diagnostics, budget)) return { world, effects: [] };
  const session = openSession(world, env, budget, diagnostics);
  let enrolment: ReactResult['enrolment'];
  switch (input.kind) {
    case 'event': {
      const event = input.event;
      setCustomer(session, withChange(session.customer, { metrics: applyEvent(session.customer.metrics, event) }));
      if (isHistory(event, session.now)) break;
      convertRuns(session, event);
      checkExits(session, event);
      resumeWaits(session, event);
      eventTriggers(session, event);
      segmentTriggers(session);
      break;
    }
    case 'customer': {
      const changed = applyCustomerInput(session, input);
      if (changed === null) break;
      rescheduleDates(session, changed);
      checkExits(session);
      segmentTriggers(session);
      break;
    }
    case 'timer': {
      const index = session.runs.findIndex((run) => run.status === 'active' && run.waiting?.timer === input.timer);
      const playbook = index >= 0 ? playbookOfRun(session, session.runs[index]!) : undefined;
      if (playbook === undefined) break;
      // A rule on time ("ordered in the last 7 days") can come true between sweeps: look before going on.
      if (playbook.settings.exitWhen !== undefined) stepRun(session, index, playbook, { kind: 'check' });
      if (session.runs[index]!.status === 'active') stepRun(session, index, playbook, { kind: 'timer', timer: input.timer });
      break;
    }
    case 'sweep':
      checkExits(session);
      segmentTriggers(session);
      break;
    case 'schedule': {
      const playbook = livePlaybook(session, input.playbookId);
      if (playbook?.trigger.on !== 'schedule') break;
      if (playbook.trigger.audience === undefined || playbook.trigger.audience.test(contextOf(session), session.diagnostics, session.budget)) startRun(session, playbook);
      break;
    }
    case 'enroll': {
      const playbook = livePlaybook(session, input.playbookId);
      enrolment = playbook === undefined ? 'not_live' : startRun(session, playbook);
      break;
    }
    case 'date':
      fireDate(session, input.playbookId, input.at);
      break;
    case 'predictions': {
      const metrics = session.customer.metrics;
      if (samePredictions(metrics.predictions, input.predictions)) break;
      const { predictions: _old, ...rest } = metrics;
      setCustomer(session, withChange(session.customer, { metrics: input.predictions === null ? rest : { ...rest, predictions: input.predictions } }));
      checkExits(session);
      segmentTriggers(session);
      break;
    }
  }
  settle(session);
  const result = finish(session);
  if (enrolment !== undefined) result.enrolment = enrolment;
  return result;
}

function checkExits(session: ReactSession, event?: EngineEvent): void {
  if (!hasExitWhen(session.env) || session.runs.length === 0) return;
  for (let i = 0; i < session.runs.length; i++) {
    const run = session.runs[i]!;
    if (run.status !== 'active') continue;
    const playbook = playbookOfRun(session, run);
    if (playbook?.settings.exitWhen !== undefined) stepRun(session, i, playbook, event !== undefined ? { kind: 'check', event } : { kind: 'check' });
  }
}

function resumeWaits(session: ReactSession, event: EngineEvent): void {
  for (let i = 0; i < session.runs.length; i++) {
    const run = session.runs[i]!;
    if (run.status !== 'active' || run.waiting?.kind !== 'event' || run.waiting.event !== event.type) continue;
    const playbook = playbookOfRun(session, run);
    if (playbook !== undefined) stepRun(session, i, playbook, { kind: 'event', event });
  }
}

function eventTriggers(session: ReactSession, event: EngineEvent): void {
  for (const playbook of session.env.playbooks) {
    const trigger = playbook.trigger;
    if (trigger.on !== 'event' || trigger.event !== event.type) continue;
    if (trigger.where === undefined || trigger.where.test(buildContext(viewOf(session), event, session.now), session.diagnostics, session.budget)) startRun(session, playbook, event);
  }
}

/** Segment triggers enrol a customer when they start to match: the last answer is kept in `matching`. */
function segmentTriggers(session: ReactSession): void {
  for (const playbook of session.env.playbooks) {
    const trigger = playbook.trigger;
    if (trigger.on !== 'segment') continue;
    const matches = trigger.if.test(contextOf(session), session.diagnostics, session.budget);
    const matched = session.matching[playbook.id] === true;
    if (matches === matched) continue;
    setMatching(session, playbook.id, matches);
    if (matches) startRun(session, playbook);
  }
}

function fireDate(session: ReactSession, playbookId: string, dueAt: number | undefined): void {
  const playbook = livePlaybook(session, playbookId);
  if (playbook?.trigger.on !== 'date') return;
  const trigger = playbook.trigger.node;
  const zone = timeZoneOfCustomer(session, playbook);
  // A fire scheduled before the date attribute changed is stale: only reschedule.
  const stale = dueAt !== undefined && nextDateFire(trigger, session.customer, dueAt - 1, zone) !== dueAt;
  if (!stale) startRun(session, playbook);
  session.effects.push({ type: 'schedule_date', playbook: playbook.id, customer: session.customer.id, at: nextDateFire(trigger, session.customer, session.now, zone) });
}

/** After attributes changed: the next fire of every date trigger that reads one of them (or the customer's zone). */
function rescheduleDates(session: ReactSession, attributes: ReadonlySet<string>): void {
  for (const playbook of session.env.playbooks) {
    if (playbook.trigger.on !== 'date') continue;
    if (!attributes.has(playbook.trigger.attribute) && !attributes.has('timezone')) continue;
    const at = nextDateFire(playbook.trigger.node, session.customer, session.now, timeZoneOfCustomer(session, playbook));
    session.effects.push({ type: 'schedule_date', playbook: playbook.id, customer: session.customer.id, at });
  }
}

/** Merges attributes and replaces tags; returns the changed attribute names (`tags` stands for the tags), or null. */
function applyCustomerInput(session: ReactSession, input: Extract<WorldInput, { kind: 'customer' }>): Set<string> | null {
  const current = session.customer;
  const changed = new Set<string>();
  const updates: [string, unknown][] = [];
  for (const [name, value] of Object.entries(input.attributes ?? {})) {
    const before = Object.hasOwn(current.attributes, name) ? current.attributes[name] : undefined;
    if (!sameJson(before, value)) {
      updates.push([name, value]);
      changed.add(name);
    }
  }
  let tags = current.tags;
  if (input.tags !== undefined) {
    const next = [...new Set(input.tags)];
    if (next.length !== tags.length || next.some((tag, i) => tag !== tags[i])) {
      tags = next;
      changed.add('tags');
    }
  }
  if (changed.size === 0) return null;
  setCustomer(session, withChange(current, { attributes: updates.length > 0 ? { ...current.attributes, ...Object.fromEntries(updates) } : current.attributes, tags }));
  return changed;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function settle(session: ReactSession): void {
  for (let round = 0; round < SETTLE_ROUNDS && session.touchedByRuns; round++) {
    session.touchedByRuns = false;
    if (session.changedByRuns !== null) {
      const changed = session.changedByRuns;
      session.changedByRuns = null;
      rescheduleDates(session, changed);
    }
    checkExits(session);
    segmentTriggers(session);
  }
}

/**
 * Old runs and send times are dropped only when the world changes anyway: an
 * input that changes nothing (most sweeps) then returns the very same world,
 * and the runtime has nothing to write.
 */
function finish(session: ReactSession): ReactResult {
  const world = session.world;
  const touched = session.runsCopied || session.sentAt !== world.sentAt || session.customer !== world.customer || session.matching !== world.matching;
  const runs = touched ? pruneRuns(session, session.runs) : session.runs;
  const sentAt = touched ? pruneSentAt(session, session.sentAt) : session.sentAt;
  const changed =
    session.customer !== world.customer || runs !== world.runs || session.matching !== world.matching || session.starts !== world.starts || sentAt !== world.sentAt;
  const result: ReactResult = {
    world: changed ? { customer: session.customer, runs, matching: session.matching, starts: session.starts, sentAt } : world,
    effects: session.effects,
  };
  const segments = evaluatedSegments(session.customer, session.env, session.now, session.budget);
  if (segments !== undefined) result.segments = segments;
  const spent = reactionBudgetSpent(session.budget);
  if (spent !== null) session.diagnostics.push(spent);
  // A segment is evaluated again whenever the customer changes: report each stop once.
  if (session.diagnostics.length > 0) result.diagnostics = [...new Map(session.diagnostics.map((d) => [d.message, d])).values()];
  return result;
}

/** Keeps the send times the longest frequency cap can still count (at least a week's). */
function pruneSentAt(session: ReactSession, sentAt: number[]): number[] {
  if (sentAt.length === 0) return sentAt;
  let window = MIN_SENT_WINDOW_MS;
  for (const playbook of session.env.playbooks) {
    const cap = playbook.settings.frequencyCap;
    if (cap !== undefined) window = Math.max(window, longestMs(cap.per));
  }
  const cutoff = session.now - window;
  return sentAt.some((at) => at <= cutoff) ? sentAt.filter((at) => at > cutoff) : sentAt;
}
