import { goalResults } from '@stayflow/engine';
import type { PlaybookStats } from '@stayflow/store';

/** What each part of the stats answer counts, sent with it so a reader never has to guess. */
export const STATS_DEFINITIONS = {
  nodes:
    'Steps per node, counting every run of the window, holdout runs included: a held-out customer walks the same waits and branches but no action is taken for them (runs.control says how many such runs there are).',
  runs: 'Runs that entered in the window (all time without ?days), by status; treatment and control split them by holdout group.',
  goal: 'converted / runs; null when no run entered ("no data", not 0 %). With a holdout, treatment_rate − control_rate = uplift.',
  holdout:
    'Treatment against control: the difference of their rates with its 95 % confidence interval (Newcombe’s hybrid score interval), the two-sided p-value of the pooled two-proportion z-test, significant when p < 0.05 and the interval leaves out 0, and needed_per_group: customers per group to detect the observed difference (at least 1 point) at α 0.05 and power 0.8.',
  variants: 'Treatment runs per variant (holdout runs receive nothing and are left out).',
  variant_test: 'Each pair of variants compared like the holdout, at α 0.05 divided by the number of pairs (Bonferroni); winner only when it is significantly ahead of every other variant, else null.',
} as const;

/** The stats answer of api-v1 (and its v1.1 additions) from the store's counts; the figures come from the engine's `goalResults`, as the simulator's do. */
export function statsAnswer(stats: PlaybookStats) {
  let control = 0;
  let started = 0;
  for (const group of stats.groups) {
    started += group.runs;
    if (group.control) control += group.runs;
  }
  return {
    nodes: stats.nodes,
    runs: { ...stats.runs, started, treatment: started - control, control },
    ...goalResults(stats.groups),
    definitions: STATS_DEFINITIONS,
  };
}
