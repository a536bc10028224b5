import type { Channel } from '@stayflow/playbook';
import type { EndReason, RunStatus } from './run/RunState.ts';

/** Which run an effect belongs to, and when it happens. */
export interface RunRef {
  run: string;
  playbook: string;
  customer: string;
  /** Epoch milliseconds; for `schedule_timer`, when the timer falls due. */
  at: number;
}

/**
 * Common to every action effect. `key` = `${run}:${node}:${visit}` names the
 * node visit: the runtime applies each key at most once, across crashes.
 */
export interface ActionRef extends RunRef {
  node: string;
  visit: number;
  key: string;
}

export interface SendMessageEffect extends ActionRef {
  type: 'send_message';
  channel: Channel;
  subject?: string;
  body: string;
  /** The template is HTML (an email): its values were escaped, and the body goes out as HTML. */
  html?: true;
}

export interface WebhookEffect extends ActionRef {
  type: 'webhook';
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface UpdateCustomerEffect extends ActionRef {
  type: 'update_customer';
  set: Record<string, unknown>;
}

export interface TagEffect extends ActionRef {
  type: 'add_tag' | 'remove_tag';
  tag: string;
}

export interface IssueCouponEffect extends ActionRef {
  type: 'issue_coupon';
  code: string;
  percent?: number;
  amount?: number;
  currency?: string;
  /** ISO 8601 instant. */
  valid_until: string;
}

export interface CreateTaskEffect extends ActionRef {
  type: 'create_task';
  title: string;
  assignee?: string;
  /** ISO 8601 instant. */
  due_at?: string;
}

export type ActionEffect = SendMessageEffect | WebhookEffect | UpdateCustomerEffect | TagEffect | IssueCouponEffect | CreateTaskEffect;

/**
 * One node visit. The first record of a visit counts it as entered; a record
 * with `port` counts it as left by that port. A visit that pauses (a wait, or a
 * message deferred by quiet hours or the frequency cap) is recorded twice:
 * without a port when it starts to wait, then with the port and
 * `resumed: true` when it leaves. `variant` marks the split that chose the
 * run's variant.
 */
export interface RecordStepEffect extends RunRef {
  type: 'record_step';
  node: string;
  visit: number;
  port?: string;
  resumed?: true;
  variant?: string;
}

export interface StartRunEffect extends RunRef {
  type: 'start_run';
  version: number;
  control: boolean;
}

export interface ScheduleTimerEffect extends RunRef {
  type: 'schedule_timer';
  timer: string;
}

export interface CancelTimerEffect extends RunRef {
  type: 'cancel_timer';
  timer: string;
}

export interface RecordConversionEffect extends RunRef {
  type: 'record_conversion';
  control: boolean;
  variant?: string;
}

export interface EndRunEffect extends RunRef {
  type: 'end_run';
  status: Exclude<RunStatus, 'active'>;
  reason: EndReason;
}

/** The next time a date trigger fires for a customer; `at: null` cancels any earlier schedule. */
export interface ScheduleDateEffect {
  type: 'schedule_date';
  playbook: string;
  customer: string;
  at: number | null;
}

export type Effect =
  | ActionEffect
  | RecordStepEffect
  | StartRunEffect
  | ScheduleTimerEffect
  | CancelTimerEffect
  | RecordConversionEffect
  | EndRunEffect
  | ScheduleDateEffect;

export type EffectType = Effect['type'];

const ACTION_TYPES: ReadonlySet<string> = new Set(['send_message', 'webhook', 'update_customer', 'add_tag', 'remove_tag', 'issue_coupon', 'create_task']);

/** Effects that act on the customer or the outside world; a holdout run never produces one. */
export function isActionEffect(effect: Effect): effect is ActionEffect {
  return ACTION_TYPES.has(effect.type);
}
