import type { EnrolmentResult, EnrolmentSkipReason } from '../api/types.ts';

/** The reasons in the order the enrolment result lists them: what the operator can fix first. */
export const SKIP_REASONS: readonly EnrolmentSkipReason[] = ['unknown', 'reentry', 'exit_condition', 'holdout', 'not_live'];

/** The customers an enrolment skipped, grouped by reason (in SKIP_REASONS order, ids in the order sent); reasons nobody had are left out. */
export function skippedByReason(skipped: EnrolmentResult['skipped']): { reason: EnrolmentSkipReason; customerIds: string[] }[] {
  const groups = new Map<EnrolmentSkipReason, string[]>();
  for (const { customer_id, reason } of skipped) groups.set(reason, [...(groups.get(reason) ?? []), customer_id]);
  const known = SKIP_REASONS.filter((reason) => groups.has(reason));
  // A reason a newer server added still shows, after the known ones.
  const newer = [...groups.keys()].filter((reason) => !SKIP_REASONS.includes(reason));
  return [...known, ...newer].map((reason) => ({ reason, customerIds: groups.get(reason)! }));
}
