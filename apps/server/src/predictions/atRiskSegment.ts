import type { Store } from '@stayflow/store';
import { DEFAULT_SEGMENTS } from '../runtime/bootstrap.ts';

/** How this business defines its default "at_risk" segment: days of silence (the default), or probability alive below a threshold. */
export type AtRiskRule = { rule: 'silence' } | { rule: 'p_alive'; below: number };

export const AT_RISK_SEGMENT = 'at_risk';
const SETTING = 'segments.at_risk';

/** The segment's rule and description for each definition. */
export function atRiskSegment(definition: AtRiskRule): { rule: unknown; description: string } {
  if (definition.rule === 'silence') {
    const silence = DEFAULT_SEGMENTS.find((s) => s.name === AT_RISK_SEGMENT)!;
    return { rule: silence.rule, description: silence.description };
  }
  const percent = Math.round(definition.below * 1000) / 10;
  return {
    rule: { '<': [{ var: 'customer.metrics.p_alive' }, definition.below] },
    description: `At risk — 流失风险客户: probability of still being active below ${percent}% (churn model) / 仍活跃概率低于 ${percent}%（流失模型）.`,
  };
}

export async function readAtRiskRule(store: Store): Promise<AtRiskRule> {
  const saved = await store.settings.get(SETTING);
  if (saved !== null && typeof saved === 'object' && (saved as { rule?: unknown }).rule === 'p_alive') {
    const below = (saved as { below?: unknown }).below;
    if (typeof below === 'number' && below > 0 && below < 1) return { rule: 'p_alive', below };
  }
  return { rule: 'silence' };
}

/** Keeps the choice and rewrites the segment's rule (the caller reloads the catalog and recounts). */
export async function saveAtRiskRule(store: Store, definition: AtRiskRule, now: number): Promise<void> {
  await store.settings.set(SETTING, definition);
  const { rule, description } = atRiskSegment(definition);
  await store.segments.put({ name: AT_RISK_SEGMENT, rule, description, updatedAt: now });
}
