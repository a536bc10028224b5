import type { Playbook } from '@stayflow/playbook';
import type { PublishAcknowledgement } from './previewTypes.ts';

/** The shapes the server answers with (apps/server/src/routes). Field names stay as the API spells them. */

export type PlaybookStatus = 'draft' | 'live' | 'paused';
export type Locale = 'en' | 'zh-CN';

/** One problem in a rejected request: validation issues carry the node and a JSON path. */
export interface Problem {
  code: string;
  message: string;
  path?: string;
  node?: string;
  edge?: string;
  severity?: 'error' | 'warning';
}

export interface Validation {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
}

export interface PlaybookMeta {
  i18n?: Record<string, { name?: string; description?: string; label?: string } | undefined>;
  category?: string;
  [key: string]: unknown;
}

export interface PlaybookSummary {
  id: string;
  name: string;
  description: string;
  tags: string[];
  meta: PlaybookMeta;
  status: PlaybookStatus;
  published_version: number | null;
  /** When the live version was published; null before the first publication. */
  published_at: string | null;
  updated_at: string;
  entered: number;
  converted: number;
  /** Its background jobs still queued or running (servers before v1.1 leave this out). */
  jobs?: Job[];
}

export type JobKind = 'enrol' | 'arm_dates' | 'arm_schedule' | 'sweep' | 'schedule' | 'recount' | 'prune';
export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Background work the server does in slices (`GET /api/jobs/:id`); `done` and `total` count customers. */
export interface Job {
  id: string;
  kind: JobKind;
  playbook: string | null;
  status: JobStatus;
  done: number;
  /** The customer count when the job started; null when unknown. */
  total: number | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  /** Why a failed job stopped, in English. */
  error: string | null;
}

/** `POST /api/playbooks/:id/publish`: `job` is the enrolment or arming still under way when the answer was sent. */
export interface PublishResult {
  version: number;
  job: Job | null;
}

export interface PlaybookView {
  id: string;
  draft: Playbook;
  status: PlaybookStatus;
  published_version: number | null;
  created_at: string;
  updated_at: string;
  validation: Validation;
  /** Its background jobs still queued or running (servers before v1.1 leave this out). */
  jobs?: Job[];
}

export interface VersionSummary {
  version: number;
  published_at: string;
  /** The overlaps its publisher saw in the preview and published anyway; null when none (older servers send nothing). */
  acknowledged?: PublishAcknowledgement | null;
}

export interface VersionDocument extends VersionSummary {
  document: Playbook;
}

/**
 * The stats answer: goal, holdout and variant figures from the engine's `goalResults` (one
 * computation for the server, the simulator and the CLI). Rates are null when no run entered.
 */
export interface PlaybookStats extends GoalResults {
  nodes: Record<string, { entered: number; ports: Record<string, number> }>;
  runs: { active: number; completed: number; exited: number; started: number; treatment: number; control: number };
  definitions?: Record<string, string>;
}

export type { GoalResults, ProportionComparison };

import type { CustomerMetrics, GoalResults, ProportionComparison } from '@stayflow/engine';

export type { CustomerMetrics };

export interface CustomerSummary {
  id: string;
  attributes: Record<string, unknown>;
  tags: string[];
  metrics: CustomerMetrics;
  segments: string[];
  updated_at: string | null;
}

export interface CustomerList {
  total: number;
  customers: CustomerSummary[];
}

export interface Coupon {
  code: string;
  percent: number | null;
  amount: number | null;
  currency: string | null;
  playbook?: string;
  issued_at?: string | null;
  valid_until: string | null;
  redeemed_at?: string | null;
}

export type TaskStatus = 'open' | 'done' | 'cancelled';

export interface Task {
  id: string;
  customer?: string;
  playbook: string;
  node?: string;
  title: string;
  assignee: string | null;
  status: TaskStatus;
  created_at: string | null;
  due_at: string | null;
  closed_at?: string | null;
}

export interface CustomerDetail extends CustomerSummary {
  coupons: Coupon[];
  tasks: Task[];
  active_runs: { id: string; playbook: string; node: string; entered_at: string | null }[];
  created_at: string | null;
}

/** `GET /api/customers/:id/export`: everything held about one customer. The app saves it as sent, without reading it. */
export type CustomerExport = Record<string, unknown>;

export interface RunStep {
  visit: number;
  node: string;
  port: string | null;
  at: string | null;
  left_at: string | null;
}

export type RunStatus = 'active' | 'completed' | 'exited';

export interface Run {
  id: string;
  playbook: string;
  version: number;
  customer: string;
  status: RunStatus;
  exit_reason: string | null;
  control: boolean;
  variant: string | null;
  entered_at: string | null;
  ended_at: string | null;
  converted_at: string | null;
  steps: RunStep[];
}

export interface Message {
  id: string;
  customer: string;
  playbook: string;
  run: string;
  node: string;
  channel: string;
  subject: string | null;
  body: string;
  status: string;
  delivered_externally: boolean;
  at: string | null;
  created_at: string | null;
}

export interface Segment {
  name: string;
  if: unknown;
  description: string | null;
  members: number;
  updated_at: string | null;
}

/**
 * `GET /api/segments`. Member counts follow every customer change; rules on time alone
 * ("no order for 90 days") only move at the hourly full recount, so a count can be up to
 * an hour old. Servers before v1.1 leave the two recount fields out.
 */
export interface SegmentList {
  segments: Segment[];
  /** When the last full recount of every customer ended; null before the first one. */
  members_counted_at?: string | null;
  /** A full recount is under way (after a rule changed, at start, or hourly): counts may still move. */
  recounting?: boolean;
}

export type MetricKey = 'retention_rate' | 'churn_rate' | 'repurchase_rate' | 'nps' | 'average_clv';

export interface MoneyFigures {
  customers_with_orders: number;
  total_spent: number;
  average_clv: number | null;
  orders: number;
  revenue: number;
  coupons_issued: number;
  coupon_value: number;
}

/** GET /api/metrics/cohorts: customers by first-purchase month × months since. */
export interface CohortAnswer {
  from: string;
  to: string;
  segment: string | null;
  cohorts: { month: string; customers: number; active: number[]; retention: number[] }[];
  definitions: Record<string, string>;
}

export interface Metrics {
  from: string;
  to: string;
  retention_rate: number | null;
  churn_rate: number | null;
  repurchase_rate: number | null;
  nps: number | null;
  /** In `average_clv_currency`: the base currency, or the one currency all orders are in; null rather than a sum across currencies. */
  average_clv: number | null;
  average_clv_currency: string | null;
  /** Per currency of the orders ("unspecified" for none); never summed across currencies. */
  currencies: Record<string, MoneyFigures>;
  /** With STAYFLOW_BASE_CURRENCY: the figures converted at the explicit rates. */
  base_currency: (MoneyFigures & { currency: string; rates: Record<string, number>; missing_rates: string[] }) | null;
  counts: {
    customers_at_start: number;
    retained: number;
    new_customers: number;
    buyers: number;
    repeat_buyers: number;
    nps_responses: number;
    promoters: number;
    detractors: number;
    customers_with_orders: number;
  };
  definitions: Record<MetricKey, string>;
}

/** The body of POST /api/playbooks/:id/test (a dry run on one customer: nothing is stored or sent). */
export interface TestRunRequest {
  document?: Playbook;
  customer_id?: string;
  customer?: { attributes: Record<string, unknown>; tags: string[]; predictions?: { p_alive: number; expected_orders_90d?: number; predicted_clv?: number } };
  days?: number;
  /** Events to happen during the test, `after` the start (ISO 8601 duration). */
  events?: { type: string; after?: string; properties?: Record<string, unknown> }[];
  locale?: Locale;
}

export interface HighlightEdge {
  from: string;
  to: string;
  port: string;
}

export interface Highlight {
  nodes: string[];
  edges: HighlightEdge[];
}

/** One thing the playbook did during the test (a coupon, a task…), described by the engine. */
export interface TestRunAction {
  node: string;
  at: string;
  detail: string;
}

export interface TestRunResult {
  entered: boolean;
  /** Why the customer would not enter, in English, and as a code: `exit_when` or the trigger's kind. */
  reason?: string;
  reason_code?: 'exit_when' | 'segment' | 'schedule' | 'date' | 'event' | 'manual';
  /** `completed`, `exited`, `active` (still inside at the end) or `not_entered`. */
  status: string;
  ended?: { at: string; reason: string } | null;
  control?: boolean;
  converted?: boolean;
  from?: string;
  to?: string;
  /** Event or manual triggers: the event the test sent at its start to let the customer in. */
  simulated_trigger_event?: string;
  path: Highlight;
  steps: { node: string; port: string | null; at: string; left_at?: string | null }[];
  messages: { channel: string; subject?: string | null; body: string; at: string; node: string }[];
  coupons: TestRunAction[];
  tasks: TestRunAction[];
  tags: { added: string[]; removed: string[] };
}

/** `GET /api/models` (apps/server/src/predictions/modelsView.ts): the churn and value models and what scoring found. */
export interface ModelQuality {
  customers: number;
  time_unit: 'day' | 'week';
  fitted_at: string;
  as_of: string;
  log_likelihood: number;
  iterations: number;
  converged: boolean;
}
export interface ModelReason {
  code: 'not_fitted_yet' | 'too_few_customers' | 'too_few_repeaters' | 'did_not_converge' | 'degenerate';
  message: string;
  customers: number;
  needs: number | null;
  currency?: string;
}
export interface ModelsAnswer {
  churn: (ModelQuality & { model: 'bg-nbd'; params: { r: number; alpha: number; a: number; b: number } }) | null;
  value: (ModelQuality & { model: 'gamma-gamma'; currency: string; params: { p: number; q: number; v: number } }) | null;
  values: (ModelQuality & { model: 'gamma-gamma'; currency: string; params: { p: number; q: number; v: number } })[];
  reasons: { churn?: ModelReason; value?: ModelReason; values: ModelReason[] };
  predictions: {
    scored_at: string;
    customers: number;
    expected_active: number;
    by_currency: { currency: string; customers: number; total_clv: number; bands: { from: number; to: number | null; customers: number }[] }[];
  } | null;
  fitting: Job | null;
  at_risk: { rule: 'silence' | 'p_alive'; below: number | null };
}
export type AtRiskRule = { rule: 'silence' } | { rule: 'p_alive'; below: number };
