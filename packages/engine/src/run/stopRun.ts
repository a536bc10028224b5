import type { Effect } from '../Effect.ts';
import type { EndReason, RunState, RunStatus } from './RunState.ts';

/** Ends a run in place (a private copy): cancels its timer, records why. Shared by `step` and `stopRun`. */
export function endRunState(run: RunState, effects: Effect[], now: number, status: Exclude<RunStatus, 'active'>, reason: EndReason): void {
  if (run.waiting !== undefined) effects.push({ type: 'cancel_timer', run: run.id, playbook: run.playbookId, customer: run.customerId, at: now, timer: run.waiting.timer });
  run.waiting = undefined;
  run.status = status;
  run.exitReason = reason;
  run.endedAt = now;
  run.node = null;
  effects.push({ type: 'end_run', run: run.id, playbook: run.playbookId, customer: run.customerId, at: now, status, reason });
}

/**
 * Ends an active run from outside the graph (a goal with `exit`, a restart by
 * reentry `always`), even mid-wait: its timer is cancelled. A finished run is
 * returned as it is.
 */
export function stopRun(run: RunState, reason: EndReason, now: number): { state: RunState; effects: Effect[] } {
  if (run.status !== 'active') return { state: run, effects: [] };
  const state = { ...run };
  const effects: Effect[] = [];
  endRunState(state, effects, now, 'exited', reason);
  return { state: compactRun(state), effects };
}

/**
 * Drops a `waiting` the interpreter cleared. Clearing by assignment, not
 * `delete`, keeps run objects fast for V8 while they are worked on; the copy
 * returned keeps the stored JSON free of empty keys.
 */
export function compactRun(run: RunState): RunState {
  if (run.waiting !== undefined || !('waiting' in run)) return run;
  const { waiting: _cleared, ...rest } = run;
  return rest;
}
