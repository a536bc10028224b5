import type { CustomerView } from '../CustomerView.ts';
import type { EngineEvent } from '../EngineEvent.ts';
import type { ReactionBudget } from '../rules/ReactionBudget.ts';

export type RunStatus = 'active' | 'completed' | 'exited';

/**
 * Why a run ended. `exit` (an exit node) and `end` (a port with no edge)
 * complete it; the others cut it short.
 */
export type EndReason = 'exit' | 'end' | 'exit_when' | 'goal' | 'reentered' | 'step_limit';

export type RunWaiting =
  | {
      kind: 'timer';
      until: number;
      timer: string;
      reason: 'wait' | 'quiet_hours' | 'frequency_cap';
      /** How often this visit's message was deferred before; keeps timer ids unique. Absent the first time. */
      deferrals?: number;
    }
  | { kind: 'event'; event: string; until: number; timer: string };

export interface IssuedCoupon {
  code: string;
  percent?: number;
  amount?: number;
  currency?: string;
  /** ISO 8601 instant. */
  valid_until: string;
}

/** One run of one playbook version for one customer. Plain JSON: the durable runtime stores it as is. */
export interface RunState {
  /** `${playbookId}:${customerId}:${n}`, n counting this customer's runs of the playbook from 1. */
  id: string;
  playbookId: string;
  version: number;
  customerId: string;
  status: RunStatus;
  exitReason?: EndReason;
  /** The node the run waits at, or null. */
  node: string | null;
  waiting?: RunWaiting;
  /** Node visits so far; each visit takes the next number, so the visit a run waits in is `visits`. */
  visits: number;
  enteredAt: number;
  endedAt?: number;
  /** In the holdout group: walks the graph, records steps, timers and conversions, takes no action. */
  control: boolean;
  /** The port the run's first split sent it to. */
  variant?: string;
  converted?: { at: number };
  trigger?: { event?: EngineEvent };
  /** The last coupon issued in this run, for `{{coupon.*}}`. */
  coupon?: IssuedCoupon;
}

export type RunInput =
  | { kind: 'start'; event?: EngineEvent }
  | { kind: 'event'; event: EngineEvent }
  | { kind: 'timer'; timer: string }
  | { kind: 'check'; event?: EngineEvent };

export interface StepEnv {
  now: number;
  /** The reaction's operation budget, shared with every rule the step evaluates (`react` passes it; without one, only each evaluation's own limit applies). */
  budget?: ReactionBudget;
  customer: CustomerView;
  /**
   * When this customer was sent messages, across all playbooks, at least as far
   * back as the longest frequency-cap window. `step` never modifies it: it
   * counts its own sends within the step, and the caller adds them from the
   * `send_message` effects.
   */
  sentAt: readonly number[];
}
