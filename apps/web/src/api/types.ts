import type { Playbook } from '@stayflow/playbook';

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
}

export interface VersionDocument extends VersionSummary {
  document: Playbook;
}

export interface PlaybookStats {
  nodes: Record<string, { entered: number; ports: Record<string, number> }>;
  runs: { active: number; completed: number; exited: number };
  /** With a holdout, the server sends treatment_rate, control_rate and uplift together. */
  goal: { converted: number; rate: number; treatment_rate?: number; control_rate?: number; uplift?: number };
  variants?: Record<string, { runs: number; converted: number; rate: number }>;
}

import type { CustomerMetrics } from '@stayflow/engine';

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

export interface Metrics {
  from: string;
  to: string;
  retention_rate: number | null;
  churn_rate: number | null;
  repurchase_rate: number | null;
  nps: number | null;
  average_clv: number | null;
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
  customer?: { attributes: Record<string, unknown>; tags: string[] };
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
