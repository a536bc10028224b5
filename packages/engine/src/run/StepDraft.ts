import type { LogicData } from '@stayflow/logic';
import { applyCustomerEffect } from '../applyCustomerEffect.ts';
import { buildContext } from '../buildContext.ts';
import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { CustomerView } from '../CustomerView.ts';
import type { Effect, RecordStepEffect, TagEffect, UpdateCustomerEffect } from '../Effect.ts';
import type { EngineEvent } from '../EngineEvent.ts';
import type { EngineDiagnostic } from '../rules/EngineDiagnostic.ts';
import type { ReactionBudget } from '../rules/ReactionBudget.ts';
import { timeZoneFor } from '../time/timeZoneFor.ts';
import type { EndReason, RunState, RunStatus, RunWaiting, StepEnv } from './RunState.ts';
import { endRunState } from './stopRun.ts';

/**
 * The working copy of one `step` call: a private copy of the run that the
 * interpreter mutates, the effects so far, and caches that actions invalidate
 * (the Logic context, the customer's zone). Never escapes `step`.
 */
export interface StepDraft {
  playbook: CompiledPlaybook;
  run: RunState;
  now: number;
  effects: Effect[];
  /** What this step could not do as written (a rule stopped by a limit, a value too large to write). */
  diagnostics: EngineDiagnostic[];
  /** The reaction's operation budget (`StepEnv.budget`), when there is one. */
  budget: ReactionBudget | undefined;
  /** The customer as this step has changed it (tags, attributes). */
  customer: CustomerView;
  /** When messages were sent: `env.sentAt`, then this step's own sends (added to a copy: `env` is never modified). */
  sentAt: readonly number[];
  /** The event conditions see: the one being handled, else the run's trigger event. */
  event: EngineEvent | null;
  visitsThisInput: number;
  context: LogicData | null;
  timeZone: string | null;
}

export function newDraft(playbook: CompiledPlaybook, run: RunState, env: StepEnv, event: EngineEvent | null): StepDraft {
  return { playbook, run: { ...run }, now: env.now, effects: [], diagnostics: [], budget: env.budget, customer: env.customer, sentAt: env.sentAt, event, visitsThisInput: 0, context: null, timeZone: null };
}

export function contextOf(draft: StepDraft): LogicData {
  return (draft.context ??= buildContext(draft.customer, draft.event, draft.now));
}

export function timeZoneOf(draft: StepDraft): string {
  return (draft.timeZone ??= timeZoneFor(draft.customer.attributes, draft.playbook.settings.timezone));
}

/** Applies an action's change to the customer this step sees, so later nodes read it. */
export function applyToCustomer(draft: StepDraft, effect: UpdateCustomerEffect | TagEffect): void {
  const change = applyCustomerEffect(draft.customer, effect);
  if (change === null) return;
  const view = draft.customer;
  draft.customer = { id: view.id, attributes: change.attributes, tags: change.tags, segments: view.segments, metrics: view.metrics };
  draft.context = null;
  draft.timeZone = null;
}

export function recordStep(draft: StepDraft, node: string, visit: number, port?: string, extra?: { resumed?: boolean; variant?: string }): void {
  const run = draft.run;
  // Built field by field, not by spreading: the interpreter writes one of these per node visit.
  const effect: RecordStepEffect = { type: 'record_step', run: run.id, playbook: run.playbookId, customer: run.customerId, at: draft.now, node, visit };
  if (port !== undefined) effect.port = port;
  if (extra?.resumed === true) effect.resumed = true;
  if (extra?.variant !== undefined) effect.variant = extra.variant;
  draft.effects.push(effect);
}

/** Parks the run at a node until a timer (or an event) resumes it; the entry is recorded once per visit. */
export function pause(draft: StepDraft, node: string, visit: number, waiting: RunWaiting, recordEntry: boolean): void {
  if (recordEntry) recordStep(draft, node, visit);
  const run = draft.run;
  draft.effects.push({ type: 'schedule_timer', run: run.id, playbook: run.playbookId, customer: run.customerId, at: waiting.until, timer: waiting.timer });
  draft.run.node = node;
  draft.run.waiting = waiting;
}

export function endRun(draft: StepDraft, status: Exclude<RunStatus, 'active'>, reason: EndReason): void {
  endRunState(draft.run, draft.effects, draft.now, status, reason);
}
