import { buildContext } from '../buildContext.ts';
import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { EngineEvent } from '../EngineEvent.ts';
import { createRun } from '../run/createRun.ts';
import type { RunState } from '../run/RunState.ts';
import { stopRun } from '../run/stopRun.ts';
import { addDuration } from '../time/addDuration.ts';
import { addRun, contextOf, countStart, type ReactSession, setRun, stepRun, takeEffects, timeZoneOfCustomer, viewOf } from './ReactSession.ts';

/**
 * Enrols the customer in a playbook if its reentry rule allows, and walks the
 * new run from the trigger. At most one active run per playbook:
 * - `never`: only if the customer never had a run of it;
 * - `after_exit` (default): only once the previous run ended, and `cooldown`
 *   after it ended;
 * - `always`: an active run is ended ('exited', 'reentered') and a new one
 *   starts; a `cooldown` counts from the previous run's start.
 * A customer who already meets `exit_when` does not enter (an unsubscribed customer
 * gets no win-back email).
 * Returns what happened: `started` (in the holdout group: `holdout`, a run that takes no
 * action), or why no run started (`reentry`, `exit_condition`).
 */
export type StartOutcome = 'started' | 'holdout' | 'reentry' | 'exit_condition';

export function startRun(session: ReactSession, playbook: CompiledPlaybook, event?: EngineEvent): StartOutcome {
  const { mode, cooldown } = playbook.settings.reentry;
  let activeIndex = -1;
  let latest: RunState | undefined;
  let latestEnded: RunState | undefined;
  const runs = session.runs;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.playbookId !== playbook.id) continue;
    if (run.status === 'active') activeIndex = i;
    if (latest === undefined || run.enteredAt >= latest.enteredAt) latest = run;
    if (run.endedAt !== undefined && (latestEnded === undefined || run.endedAt >= latestEnded.endedAt!)) latestEnded = run;
  }
  const now = session.now;
  const zone = (): string => timeZoneOfCustomer(session, playbook);
  if (activeIndex >= 0 && mode !== 'always') return 'reentry';
  if (mode === 'never' && ((session.starts[playbook.id] ?? 0) > 0 || latest !== undefined)) return 'reentry';
  if (cooldown !== undefined) {
    if (mode === 'after_exit' && latestEnded !== undefined && addDuration(latestEnded.endedAt!, cooldown, zone()) > now) return 'reentry';
    if (mode === 'always' && latest !== undefined && addDuration(latest.enteredAt, cooldown, zone()) > now) return 'reentry';
  }
  const exitWhen = playbook.settings.exitWhen;
  if (exitWhen !== undefined && exitWhen.test(event !== undefined ? buildContext(viewOf(session), event, now) : contextOf(session), session.diagnostics, session.budget)) return 'exit_condition';
  if (activeIndex >= 0) {
    const stopped = stopRun(runs[activeIndex]!, 'reentered', now);
    setRun(session, activeIndex, stopped.state);
    takeEffects(session, stopped.effects);
  }
  const sequence = countStart(session, playbook.id);
  const run = createRun({ playbook, customerId: session.customer.id, sequence, now, ...(event !== undefined ? { event } : {}) });
  const index = addRun(session, run);
  stepRun(session, index, playbook, event !== undefined ? { kind: 'start', event } : { kind: 'start' });
  return run.control ? 'holdout' : 'started';
}
