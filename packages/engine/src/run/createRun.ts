import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { EngineEvent } from '../EngineEvent.ts';
import { percentBucket } from '../hash/stableHash.ts';
import type { RunState } from './RunState.ts';

export interface NewRun {
  playbook: CompiledPlaybook;
  customerId: string;
  /** This customer's n-th run of the playbook, from 1. */
  sequence: number;
  now: number;
  /** The event that started it, for event triggers. */
  event?: EngineEvent;
}

/** The id of a customer's n-th run of a playbook. */
function runId(playbookId: string, customerId: string, sequence: number): string {
  return `${playbookId}:${customerId}:${sequence}`;
}

/** Whether a customer is in a playbook's holdout: the same customer is always in it, or never, for a given percentage. */
export function inHoldout(playbookId: string, customerId: string, holdout: number): boolean {
  return holdout > 0 && percentBucket(`${playbookId}:holdout:${customerId}`) < holdout;
}

/** A run about to start: `step` it with `{ kind: 'start' }` to walk from the trigger. */
export function createRun({ playbook, customerId, sequence, now, event }: NewRun): RunState {
  return {
    id: runId(playbook.id, customerId, sequence),
    playbookId: playbook.id,
    version: playbook.version,
    customerId,
    status: 'active',
    node: null,
    visits: 0,
    enteredAt: now,
    control: inHoldout(playbook.id, customerId, playbook.settings.holdout),
    ...(event !== undefined ? { trigger: { event } } : {}),
  };
}
