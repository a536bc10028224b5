import type { AnswerOf, components, operations } from '@stayflow/client';
import type { Playbook } from '@stayflow/playbook';

/**
 * The shapes the server answers with. Answers are the generated ones (`@stayflow/client`,
 * from the server's OpenAPI document): `AnswerOf<'operationId'>` or a named schema, so a
 * route that changes its answer breaks the app's typecheck instead of its pages. Field names
 * stay as the API spells them. Only request bodies the app builds and a few narrowings
 * (the playbook document typed by `@stayflow/playbook`) are written here.
 */

type Schemas = components['schemas'];

export type PlaybookStatus = Schemas['PlaybookSummary']['status'];
export type Locale = 'en' | 'zh-CN';

/** One problem in a rejected request (an error answer's `errors`): validation issues carry the node, a JSON path and a severity. */
export type Problem = NonNullable<Schemas['Error']['errors']>[number];
export type Validation = Schemas['Validation'];
export type PlaybookMeta = Schemas['PlaybookSummary']['meta'];
export type PlaybookSummary = Schemas['PlaybookSummary'];

/** Background work the server does in slices (`GET /api/jobs/:id`); `done` and `total` count customers. */
export type Job = Schemas['Job'];
export type JobKind = Job['kind'];
export type JobStatus = Job['status'];

/** `POST /api/playbooks/:id/publish`, published: `job` is the enrolment or arming still under way when the answer was sent. */
export type PublishResult = Extract<AnswerOf<'publishPlaybook'>, { version: number }>;

/** The draft as the editor reads it: the generated answer with `draft` typed as a playbook document. */
export type PlaybookView = Omit<AnswerOf<'getPlaybook'>, 'draft'> & { draft: Playbook };

export type VersionSummary = AnswerOf<'listPlaybookVersions'>['versions'][number];
export type VersionDocument = Omit<AnswerOf<'getPlaybookVersion'>, 'document'> & { document: Playbook };

/**
 * The stats answer: goal, holdout and variant figures from the engine's `goalResults` (one
 * computation for the server, the simulator and the CLI). Rates are null when no run entered.
 */
export type PlaybookStats = AnswerOf<'getPlaybookStats'>;

export type { GoalResults, ProportionComparison };

import type { CustomerMetrics, GoalResults, ProportionComparison } from '@stayflow/engine';

export type { CustomerMetrics };

export type CustomerSummary = Schemas['CustomerSummary'];
export type CustomerList = AnswerOf<'listCustomers'>;
export type Coupon = Schemas['Coupon'];
export type Task = AnswerOf<'listTasks'>['tasks'][number];
export type TaskStatus = Task['status'];
export type CustomerDetail = AnswerOf<'getCustomer'>;

/** `GET /api/customers/:id/export`: everything held about one customer. The app saves it as sent, without reading it. */
export type CustomerExport = Record<string, unknown>;

export type Run = AnswerOf<'listRuns'>['runs'][number];
export type RunStep = Run['steps'][number];
export type RunStatus = Run['status'];
export type Message = AnswerOf<'listMessages'>['messages'][number];

export type Segment = Schemas['Segment'];

/**
 * `GET /api/segments`. Member counts follow every customer change; rules on time alone
 * ("no order for 90 days") only move at the hourly full recount, so a count can be up to
 * an hour old.
 */
export type SegmentList = AnswerOf<'listSegments'>;

/** `POST /api/playbooks/:id/enroll`: who entered, and who was skipped and why. */
export type EnrolmentResult = AnswerOf<'enrollCustomers'>;
export type EnrolmentSkipReason = EnrolmentResult['skipped'][number]['reason'];

export type Metrics = AnswerOf<'getMetrics'>;
export type MetricKey = keyof Metrics['definitions'];
export type MoneyFigures = Metrics['currencies'][string];

/** GET /api/metrics/cohorts: customers by first-purchase month × months since. */
export type CohortAnswer = AnswerOf<'getCohorts'>;

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

export type TestRunResult = AnswerOf<'testRunPlaybook'>;
export type Highlight = TestRunResult['path'];
export type HighlightEdge = Highlight['edges'][number];
/** One thing the playbook did during the test (a coupon, a task…), described by the engine. */
export type TestRunAction = TestRunResult['coupons'][number];

/** `GET /api/models` (apps/server/src/predictions/modelsView.ts): the churn and value models and what scoring found. */
export type ModelsAnswer = AnswerOf<'getModels'>;
export type ModelReason = NonNullable<ModelsAnswer['reasons']['churn']>;
export type AtRiskRule = { rule: 'silence' } | { rule: 'p_alive'; below: number };

// Teams (api-v1.1 "Roles" and "Audit"): who is asking, people, keys, settings, the audit log, approvals.

/** What a person or a key may do: `ingest` writes customers and events only; viewer < editor < admin. */
export type Role = 'ingest' | 'viewer' | 'editor' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin', 'ingest'];

/** A person who signs in (`POST /api/people`'s answer). */
export type Person = AnswerOf<'createPerson'>;

/** `GET /api/session`: `local` — bound to this computer with nobody created, everyone is admin; `key` — a Bearer key. */
export type Session = AnswerOf<'getSession'>;

export type ApiKeySummary = AnswerOf<'listKeys'>['items'][number];
/** `POST /api/keys`: `key` is shown once; the server keeps only its hash. */
export type CreatedApiKey = AnswerOf<'createKey'>;

export type WorkspaceSettings = AnswerOf<'getSettings'>;

export type AuditPage = AnswerOf<'listAudit'>;
export type AuditEntry = AuditPage['items'][number];
/** `GET /api/audit`'s filters. */
export type AuditQuery = NonNullable<operations['listAudit']['parameters']['query']>;

export type Approval = AnswerOf<'getApproval'>['approval'];
export type ApprovalStatus = Approval['status'];
/** Who asked or decided: the actor's name, kind and id. */
export type ApprovalActor = Approval['requested_by'];
/** What the approver is shown besides the change summary: whether the draft changed since the request, and the live version now. */
export type ApprovalSummary = NonNullable<Approval['summary']>;

/** What `POST /api/playbooks/:id/publish` did: published, or (four-eyes) asked for approval. */
export type PublishOutcome = { kind: 'published'; version: number; job: Job | null } | { kind: 'requested'; approval: Approval };
