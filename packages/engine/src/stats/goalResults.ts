import { ALPHA, compareProportions, type GroupCounts, type ProportionComparison } from './compareProportions.ts';

/** Runs of one playbook counted by holdout group and A/B variant (null: no split reached), as the store and the simulator keep them. */
export interface RunGroup extends GroupCounts {
  control: boolean;
  variant: string | null;
}

export interface RateFigures extends GroupCounts {
  /** converted / runs; null when there are no runs ("no data", never 0 %). */
  rate: number | null;
}

export interface VariantComparison extends ProportionComparison {
  a: string;
  b: string;
}

/**
 * The goal figures of `GET /api/playbooks/:id/stats`, of the simulator's report and of the
 * CLI's, all computed here so they cannot disagree.
 */
export interface GoalResults {
  goal: { converted: number; rate: number | null; treatment_rate?: number | null; control_rate?: number | null; uplift?: number | null };
  /** Treatment (in the playbook) against control (held out); present once a holdout run exists. */
  holdout?: { treatment: RateFigures; control: RateFigures; comparison: ProportionComparison };
  /** Treatment runs per variant; holdout runs are not counted (they receive nothing). */
  variants?: Record<string, RateFigures>;
  /**
   * Each pair of variants compared (a − b, in name order), at `alpha` = 0.05 divided by the
   * number of pairs (Bonferroni), and the winner: the variant significantly ahead of every
   * other one, or null. Never a winner before that.
   */
  variant_test?: { alpha: number; comparisons: VariantComparison[]; winner: string | null };
}

const rateOf = (counts: GroupCounts): RateFigures => ({ runs: counts.runs, converted: counts.converted, rate: counts.runs > 0 ? counts.converted / counts.runs : null });

function sum(groups: readonly GroupCounts[]): GroupCounts {
  let runs = 0;
  let converted = 0;
  for (const group of groups) {
    runs += group.runs;
    converted += group.converted;
  }
  return { runs, converted };
}

export function goalResults(groups: readonly RunGroup[]): GoalResults {
  const all = sum(groups);
  const out: GoalResults = { goal: { converted: all.converted, rate: rateOf(all).rate } };
  const controlGroups = groups.filter((g) => g.control && g.runs > 0);
  const treatmentGroups = groups.filter((g) => !g.control);
  if (controlGroups.length > 0) {
    const treatment = rateOf(sum(treatmentGroups));
    const control = rateOf(sum(controlGroups));
    out.goal.treatment_rate = treatment.rate;
    out.goal.control_rate = control.rate;
    out.goal.uplift = treatment.rate === null || control.rate === null ? null : treatment.rate - control.rate;
    out.holdout = { treatment, control, comparison: compareProportions(treatment, control) };
  }
  const byVariant = new Map<string, GroupCounts>();
  for (const group of treatmentGroups) {
    if (group.variant === null) continue;
    const entry = byVariant.get(group.variant) ?? { runs: 0, converted: 0 };
    byVariant.set(group.variant, { runs: entry.runs + group.runs, converted: entry.converted + group.converted });
  }
  if (byVariant.size > 0) {
    const names = [...byVariant.keys()].sort();
    out.variants = Object.fromEntries(names.map((name) => [name, rateOf(byVariant.get(name)!)]));
    if (names.length > 1) out.variant_test = variantTest(names, byVariant);
  }
  return out;
}

function variantTest(names: readonly string[], counts: ReadonlyMap<string, GroupCounts>): NonNullable<GoalResults['variant_test']> {
  const pairs = (names.length * (names.length - 1)) / 2;
  const alpha = ALPHA / pairs;
  const comparisons: VariantComparison[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) comparisons.push({ a: names[i]!, b: names[j]!, ...compareProportions(counts.get(names[i]!)!, counts.get(names[j]!)!, alpha) });
  }
  const beatsEveryOther = (name: string) =>
    comparisons.every((c) => (c.a !== name && c.b !== name) || (c.significant && (c.a === name ? c.difference! > 0 : c.difference! < 0)));
  return { alpha, comparisons, winner: names.find(beatsEveryOther) ?? null };
}
