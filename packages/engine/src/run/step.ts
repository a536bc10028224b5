import type { CompiledNode, CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import { buildContext } from '../buildContext.ts';
import type { Effect } from '../Effect.ts';
import { DEFAULT_PORT } from '@stayflow/playbook';
import { percentBucket } from '../hash/stableHash.ts';
import { addDuration } from '../time/addDuration.ts';
import { messageDeferral } from './messageDeferral.ts';
import { performAction } from './performAction.ts';
import type { EngineDiagnostic } from '../rules/EngineDiagnostic.ts';
import type { RunInput, RunState, RunWaiting, StepEnv } from './RunState.ts';
import { contextOf, endRun, newDraft, pause, recordStep, type StepDraft, timeZoneOf } from './StepDraft.ts';
import { compactRun } from './stopRun.ts';
import { waitEnd } from './waitEnd.ts';

/** Node visits one input may cause before the run is stopped ('exited', 'step_limit'): a loop through a wait that never waits. */
export const MAX_VISITS_PER_INPUT = 1000;

export interface StepResult {
  state: RunState;
  effects: Effect[];
  /** Present when a rule was stopped by a limit or a value was too large to write (see EngineDiagnostic). */
  diagnostics?: EngineDiagnostic[];
}

/**
 * The interpreter, for one run and one input: walks the graph from where the
 * run stands until it waits or ends, and returns the next state and what should
 * happen, as data. Pure and deterministic: no clock (`env.now`), no randomness
 * (splits and holdout hash ids), no IO. The input run is never modified; an
 * input that does not concern the run returns it as it is, with no effects.
 */
export function step(playbook: CompiledPlaybook, run: RunState, input: RunInput, env: StepEnv): StepResult {
  if (run.status !== 'active') return { state: run, effects: [] };
  switch (input.kind) {
    case 'start': {
      if (run.visits > 0) return { state: run, effects: [] };
      const draft = newDraft(playbook, run, env, input.event ?? null);
      draft.effects.push({ type: 'start_run', run: run.id, playbook: run.playbookId, customer: run.customerId, at: env.now, version: run.version, control: run.control });
      walk(draft, playbook.trigger.id);
      return done(draft);
    }
    case 'timer': {
      const waiting = run.waiting;
      if (waiting === undefined || waiting.timer !== input.timer || run.node === null) return { state: run, effects: [] };
      const draft = newDraft(playbook, run, env, run.trigger?.event ?? null);
      resumeAfterTimer(draft, run.node, waiting);
      return done(draft);
    }
    case 'event': {
      const waiting = run.waiting;
      if (waiting === undefined || waiting.kind !== 'event' || waiting.event !== input.event.type || run.node === null) return { state: run, effects: [] };
      const node = playbook.nodes.get(run.node);
      const diagnostics: EngineDiagnostic[] = [];
      if (node?.type === 'wait_event' && node.where !== undefined && !node.where.test(buildContext(env.customer, input.event, env.now), diagnostics, env.budget)) {
        return diagnostics.length > 0 ? { state: run, effects: [], diagnostics } : { state: run, effects: [] };
      }
      const draft = newDraft(playbook, run, env, input.event);
      draft.effects.push({ type: 'cancel_timer', run: run.id, playbook: run.playbookId, customer: run.customerId, at: env.now, timer: waiting.timer });
      leave(draft, run.node, run.visits, 'event');
      return done(draft);
    }
    case 'check': {
      const exitWhen = playbook.settings.exitWhen;
      const diagnostics: EngineDiagnostic[] = [];
      if (exitWhen === undefined || !exitWhen.test(buildContext(env.customer, input.event ?? null, env.now), diagnostics, env.budget)) {
        return diagnostics.length > 0 ? { state: run, effects: [], diagnostics } : { state: run, effects: [] };
      }
      const draft = newDraft(playbook, run, env, input.event ?? null);
      endRun(draft, 'exited', 'exit_when');
      return done(draft);
    }
  }
}

function done(draft: StepDraft): StepResult {
  const result: StepResult = { state: compactRun(draft.run), effects: draft.effects };
  if (draft.diagnostics.length > 0) result.diagnostics = draft.diagnostics;
  return result;
}

function resumeAfterTimer(draft: StepDraft, nodeId: string, waiting: RunWaiting): void {
  const visit = draft.run.visits;
  draft.run.waiting = undefined;
  draft.run.node = null;
  if (waiting.kind === 'event') return leave(draft, nodeId, visit, 'timeout');
  if (waiting.reason === 'wait') return leave(draft, nodeId, visit, DEFAULT_PORT);
  const node = draft.playbook.nodes.get(nodeId);
  if (node?.type !== 'action') return leave(draft, nodeId, visit, DEFAULT_PORT);
  if (actOrDefer(draft, node, visit, (waiting.deferrals ?? 0) + 1)) leave(draft, nodeId, visit, DEFAULT_PORT);
}

/** Records leaving a paused visit by a port (`resumed`) and walks on; a port with no edge completes the run. */
function leave(draft: StepDraft, nodeId: string, visit: number, port: string): void {
  recordStep(draft, nodeId, visit, port, { resumed: true });
  const next = draft.playbook.nodes.get(nodeId)?.next.get(port);
  if (next === undefined) return endRun(draft, 'completed', 'end');
  walk(draft, next);
}

/** Visits nodes from `nodeId` until the run waits or ends. */
function walk(draft: StepDraft, nodeId: string): void {
  const { playbook, run } = draft;
  let id = nodeId;
  for (;;) {
    if (draft.visitsThisInput >= MAX_VISITS_PER_INPUT) return endRun(draft, 'exited', 'step_limit');
    const node = playbook.nodes.get(id);
    // Validation guarantees every edge ends at a node; a document that skipped it ends here rather than throwing.
    if (node === undefined) return endRun(draft, 'completed', 'end');
    draft.visitsThisInput++;
    const visit = ++run.visits;
    let port: string = DEFAULT_PORT;
    let variant: string | undefined;
    switch (node.type) {
      case 'trigger':
        break;
      case 'condition':
        port = node.if.test(contextOf(draft), draft.diagnostics, draft.budget) ? 'true' : 'false';
        break;
      case 'switch':
        port = node.cases.find((c) => c.if.test(contextOf(draft), draft.diagnostics, draft.budget))?.port ?? 'default';
        break;
      case 'split': {
        const bucket = percentBucket(`${playbook.id}:${node.id}:${run.customerId}`);
        port = (node.variants.find((v) => bucket < v.upTo) ?? node.variants[node.variants.length - 1]!).port;
        if (run.variant === undefined) variant = run.variant = port;
        break;
      }
      case 'exit':
        recordStep(draft, node.id, visit);
        return endRun(draft, 'completed', 'exit');
      case 'wait': {
        const until = waitEnd(node.wait, draft.now, draft.customer.attributes, timeZoneOf(draft));
        if (until !== null && until > draft.now) {
          return pause(draft, node.id, visit, { kind: 'timer', until, timer: timerId(draft, visit, 0), reason: 'wait' }, true);
        }
        break;
      }
      case 'wait_event': {
        const until = addDuration(draft.now, node.timeout, timeZoneOf(draft));
        return pause(draft, node.id, visit, { kind: 'event', event: node.event, until, timer: timerId(draft, visit, 0) }, true);
      }
      case 'action':
        if (!actOrDefer(draft, node, visit, 0)) return;
        break;
    }
    recordStep(draft, node.id, visit, port, variant !== undefined ? { variant } : undefined);
    const next = node.next.get(port);
    if (next === undefined) return endRun(draft, 'completed', 'end');
    id = next;
  }
}

/**
 * Takes an action, unless it is a message that quiet hours or the frequency cap
 * defer: then the run waits at the node and the message is re-checked when the
 * timer fires. Deferred, never dropped. Returns whether the action was taken.
 */
function actOrDefer(draft: StepDraft, node: Extract<CompiledNode, { type: 'action' }>, visit: number, deferrals: number): boolean {
  if (node.action.action === 'send_message') {
    const deferral = messageDeferral(draft.playbook.settings, draft.now, draft.sentAt, timeZoneOf(draft));
    if (deferral !== null) {
      const waiting: RunWaiting = {
        kind: 'timer',
        until: deferral.until,
        timer: timerId(draft, visit, deferrals),
        reason: deferral.reason,
        ...(deferrals > 0 ? { deferrals } : {}),
      };
      pause(draft, node.id, visit, waiting, deferrals === 0);
      return false;
    }
  }
  performAction(draft, node.id, visit, node.action);
  return true;
}

/** `${runId}:${visit}`, and a suffix when one visit's message is deferred again. */
function timerId(draft: StepDraft, visit: number, deferrals: number): string {
  return deferrals === 0 ? `${draft.run.id}:${visit}` : `${draft.run.id}:${visit}:${deferrals}`;
}
