import { buildContext } from '../buildContext.ts';
import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { EngineEvent } from '../EngineEvent.ts';
import { stopRun } from '../run/stopRun.ts';
import { addDuration } from '../time/addDuration.ts';
import { playbookOfRun, type ReactSession, setRun, takeEffects, timeZoneOfCustomer, viewOf } from './ReactSession.ts';

/**
 * Goal conversions for one live event: a run converts when its playbook's goal
 * event (matching `where`) happens within `within` of the run's entry, whether
 * the run is still active or not. One event converts at most one run per
 * playbook, the latest to enter, so a customer's repeated runs are not all
 * credited with one order. With `exit: true` an active run ends at once, even
 * mid-wait.
 */
export function convertRuns(session: ReactSession, event: EngineEvent): void {
  const chosen = new Map<string, { index: number; playbook: CompiledPlaybook }>();
  let context: ReturnType<typeof buildContext> | null = null;
  const runs = session.runs;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.converted !== undefined || event.at < run.enteredAt) continue;
    const playbook = playbookOfRun(session, run);
    const goal = playbook?.settings.goal;
    if (playbook === undefined || goal === undefined || goal.event !== event.type) continue;
    const previous = chosen.get(run.playbookId);
    if (previous !== undefined && runs[previous.index]!.enteredAt > run.enteredAt) continue;
    if (event.at > addDuration(run.enteredAt, goal.within, timeZoneOfCustomer(session, playbook))) continue;
    if (goal.where !== undefined && !goal.where.test((context ??= buildContext(viewOf(session), event, session.now)), session.diagnostics, session.budget)) continue;
    chosen.set(run.playbookId, { index: i, playbook });
  }
  for (const { index, playbook } of chosen.values()) {
    const run = session.runs[index]!;
    const converted = { ...run, converted: { at: event.at } };
    setRun(session, index, converted);
    takeEffects(session, [
      {
        type: 'record_conversion',
        run: run.id,
        playbook: run.playbookId,
        customer: run.customerId,
        at: event.at,
        control: run.control,
        ...(run.variant !== undefined ? { variant: run.variant } : {}),
      },
    ]);
    if (playbook.settings.goal?.exit === true && converted.status === 'active') {
      const stopped = stopRun(converted, 'goal', session.now);
      setRun(session, index, stopped.state);
      takeEffects(session, stopped.effects);
    }
  }
}
