import type { Logic, LogicData } from '@stayflow/logic';
import { compileRule } from '../rules/compileRule.ts';
import type { EngineDiagnostic } from '../rules/EngineDiagnostic.ts';
import type { ReactionBudget } from '../rules/ReactionBudget.ts';
import type { RuleTiming } from '../rules/ruleTiming.ts';

/** A named customer condition (spec "Segments"), compiled once. */
export interface CompiledSegment {
  name: string;
  /** Whether the customer matches; an evaluation stopped by a limit does not, and is added to `diagnostics` (see `CompiledRule.test` for `budget`). */
  test(data: LogicData, diagnostics?: EngineDiagnostic[], budget?: ReactionBudget): boolean;
  /** When the answer can change with time alone (`ruleTiming`). */
  readonly timing: RuleTiming;
}

export function compileSegment(name: string, rule: Logic): CompiledSegment {
  const compiled = compileRule(rule, { segment: name });
  return {
    name,
    test: (data, diagnostics, budget) => compiled.test(data, diagnostics, budget),
    get timing() {
      return compiled.timing;
    },
  };
}
