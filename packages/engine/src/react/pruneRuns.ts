import type { RunState } from '../run/RunState.ts';
import { longestMs } from '../time/CalendarDuration.ts';
import { playbookOfRun, type ReactSession } from './ReactSession.ts';

/**
 * The runs a world still needs: active ones, the latest finished run of each
 * playbook (reentry and cooldown), and finished runs whose goal window is still
 * open (conversions). Returns the same array when nothing can go.
 */
export function pruneRuns(session: ReactSession, runs: RunState[]): RunState[] {
  if (runs.length < 2) return runs;
  const latestEnded = new Map<string, RunState>();
  for (const run of runs) {
    if (run.status === 'active') continue;
    const current = latestEnded.get(run.playbookId);
    if (current === undefined || (run.endedAt ?? 0) >= (current.endedAt ?? 0)) latestEnded.set(run.playbookId, run);
  }
  const keep = (run: RunState): boolean => {
    if (run.status === 'active' || latestEnded.get(run.playbookId) === run) return true;
    if (run.converted !== undefined) return false;
    const goal = playbookOfRun(session, run)?.settings.goal;
    return goal !== undefined && run.enteredAt + longestMs(goal.within) >= session.now;
  };
  return runs.every(keep) ? runs : runs.filter(keep);
}
