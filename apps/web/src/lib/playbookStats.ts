import type { PlaybookStats } from '../api/types.ts';

/** Customers who entered: every run, whatever became of it. */
export function enteredOf(stats: PlaybookStats | undefined | null): number {
  return stats ? stats.runs.active + stats.runs.completed + stats.runs.exited : 0;
}

/** Treatment against control, when the playbook has a holdout and both groups have runs (the server sends the three together). */
export function holdoutOf(goal: PlaybookStats['goal'] | undefined): { treatment: number; control: number; uplift: number } | null {
  return typeof goal?.treatment_rate === 'number' && typeof goal.control_rate === 'number' && typeof goal.uplift === 'number' ? { treatment: goal.treatment_rate, control: goal.control_rate, uplift: goal.uplift } : null;
}
