import type { EngineDiagnostic } from '../rules/EngineDiagnostic.ts';
import { type ReactionBudget, reactionBudget } from '../rules/ReactionBudget.ts';
import type { CustomerWorld, ReactEnv } from './CustomerWorld.ts';
import { customerContext } from './customerContext.ts';

/**
 * Whether a sweep would leave this world exactly as it is: no run that
 * `exit_when` could end, and every segment trigger answering as it did last
 * time. Most customers at most sweeps; `react` then skips the full reaction.
 * Answering false is always safe: the full reaction decides. It evaluates with
 * the reaction's `budget` and `diagnostics`: a stop (or a spent budget) makes it
 * answer false, and the full reaction, which reuses the segments' answers,
 * reports it.
 */
export function quietSweep(world: CustomerWorld, env: ReactEnv, diagnostics: EngineDiagnostic[] = [], budget: ReactionBudget = reactionBudget()): boolean {
  if (hasExitWhen(env)) {
    for (const run of world.runs) if (run.status === 'active') return false;
  }
  let data: ReturnType<typeof customerContext>['data'] | undefined;
  for (const playbook of env.playbooks) {
    const trigger = playbook.trigger;
    if (trigger.on !== 'segment') continue;
    data ??= customerContext(world.customer, env, env.now, diagnostics, budget).data;
    if (trigger.if.test(data, diagnostics, budget) !== (world.matching[playbook.id] === true)) return false;
  }
  return diagnostics.length === 0 && budget.stopped === 0;
}

/** Whether any playbook a run may follow has `exit_when` (older versions may, when the env can look them up). */
export function hasExitWhen(env: ReactEnv): boolean {
  if (env.playbookById !== undefined) return true;
  for (const playbook of env.playbooks) if (playbook.settings.exitWhen !== undefined) return true;
  return false;
}
