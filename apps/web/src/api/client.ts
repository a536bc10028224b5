import { createStayflowClient, type BodyOf, type StayflowClient } from '@stayflow/client';
import type { Playbook } from '@stayflow/playbook';
import { ApiError, apiErrorFrom, networkError } from './ApiError.ts';
import type { PreviewHorizon, PreviewJob, PublishAcknowledgement } from './previewTypes.ts';
import type {
  ApiKeySummary,
  Approval,
  ApprovalStatus,
  AuditPage,
  AuditQuery,
  CreatedApiKey,
  Person,
  PublishOutcome,
  Role,
  Session,
  WorkspaceSettings,
  AtRiskRule,
  ModelsAnswer,
  CustomerDetail,
  CustomerExport,
  CustomerList,
  EnrolmentResult,
  Job,
  Locale,
  Message,
  CohortAnswer,
  Metrics,
  PlaybookStats,
  PlaybookSummary,
  PlaybookView,
  PublishResult,
  Run,
  RunStatus,
  SegmentList,
  Task,
  TaskStatus,
  TestRunRequest,
  TestRunResult,
  VersionDocument,
  VersionSummary,
} from './types.ts';

/**
 * The typed client of the Stayflow HTTP API: one function per route, errors as ApiError
 * sentences. Plain JSON calls go through the generated client (`@stayflow/client`,
 * openapi-fetch), so paths, parameters, bodies and answers are checked against the server's
 * OpenAPI document; `call` adds what the app needs around it (the stored key, the session
 * cookie, `X-CSRF-Token` on writes, the 401 → sign-in signal, ApiError).
 */

const API_KEY_STORAGE = 'stayflow.apiKey';

export function readApiKey(): string | null {
  try {
    return localStorage.getItem(API_KEY_STORAGE);
  } catch {
    return null;
  }
}

export function storeApiKey(key: string | null): void {
  try {
    if (key) localStorage.setItem(API_KEY_STORAGE, key);
    else localStorage.removeItem(API_KEY_STORAGE);
  } catch {
    // Private mode: the key lives for this page only.
  }
}

let csrfToken: string | null = null;

/** The signed-in session's CSRF token (`GET /api/session`, `POST /api/session`): sent as `X-CSRF-Token` on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthorizedListener = (error: ApiError) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever the server answers 401 (but to the sign-in itself), so the shell can show the sign-in page. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface RequestOptions {
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** A key to try instead of the stored one; its 401 is the caller's to report, not the shell's. */
  apiKey?: string | null;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = options.apiKey !== undefined ? options.apiKey : readApiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken && method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      // The session cookie (same origin only).
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    throw networkError(cause);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) {
    const error = apiErrorFrom(response.status, body);
    if (response.status === 401 && options.apiKey === undefined && !path.startsWith('/api/session')) for (const listener of unauthorizedListeners) listener(error);
    throw error;
  }
  if (body === undefined && text !== '') throw new ApiError(response.status, 'bad_response', 'The server answered with something that is not JSON. Is this address a Stayflow server?');
  return body as T;
}

let generated: StayflowClient | null = null;

/**
 * The generated client for this page's server (same origin), made on first use; fetch is read
 * per call so tests can replace it. Every change (any method but GET and HEAD) carries the
 * session's `X-CSRF-Token`, set from the request's own method.
 */
function stayflow(): StayflowClient {
  if (generated) return generated;
  generated = createStayflowClient({ baseUrl: globalThis.location?.origin ?? 'http://localhost', fetch: (input) => globalThis.fetch(input) });
  generated.use({
    onRequest({ request }) {
      if (csrfToken && request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('x-csrf-token', csrfToken);
      return request;
    },
  });
  return generated;
}

/** The per-call options every generated call gets: headers (the key), the session cookie, the abort signal. */
type CallInit = {
  headers: Record<string, string>;
  credentials: RequestCredentials;
  signal?: AbortSignal;
};

interface CallOptions {
  signal?: AbortSignal | undefined;
  /** A key to try instead of the stored one; its 401 is the caller's to report, not the shell's. */
  apiKey?: string | null;
  /** The session routes themselves: their 401 is an answer, not a reason to show the sign-in page. */
  session?: boolean;
}

/**
 * One call through the generated client, with request()'s behaviours: the answer's data, or an
 * ApiError (network failure, the server's error sentence, or an answer that is not JSON).
 */
async function call<T>(send: (init: CallInit) => Promise<{ data?: T; error?: unknown; response: Response }>, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = options.apiKey !== undefined ? options.apiKey : readApiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    // The session cookie (same origin only).
    answer = await send({ headers, credentials: 'same-origin', ...(options.signal ? { signal: options.signal } : {}) });
  } catch (cause) {
    // openapi-fetch parses a success answer as JSON: a SyntaxError is an answer that is not ours.
    if (cause instanceof SyntaxError) throw new ApiError(200, 'bad_response', 'The server answered with something that is not JSON. Is this address a Stayflow server?');
    throw networkError(cause);
  }
  const { response } = answer;
  if (!response.ok) {
    // openapi-fetch hands over the error body parsed, or as text when it is not JSON (read as no body).
    const error = apiErrorFrom(response.status, typeof answer.error === 'string' ? undefined : answer.error);
    if (response.status === 401 && options.apiKey === undefined && !options.session) for (const listener of unauthorizedListeners) listener(error);
    throw error;
  }
  return answer.data as T;
}

/** Query values as request() sent them: empty strings, like undefined and null, are left out. */
function query<Q extends Record<string, unknown>>(values: Q): Q {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== '')) as Q;
}

const path = <P extends Record<string, string | number>>(values: P) => ({ path: values });

export const api = {
  /** Whether the server accepts this key (or none): resolves when it does, an ApiError (401: refused) when not. */
  checkApiKey: (key: string | null) => call((init) => stayflow().GET('/api/playbooks', init), { apiKey: key }).then(() => undefined),
  health: (signal?: AbortSignal) => call((init) => stayflow().GET('/api/health', init), { signal }),

  // Playbooks
  listPlaybooks: (): Promise<PlaybookSummary[]> => call((init) => stayflow().GET('/api/playbooks', init)).then((r) => r.playbooks),
  getPlaybook: (id: string, locale: Locale) => call((init) => stayflow().GET('/api/playbooks/{id}', { ...init, params: { ...path({ id }), query: { locale } } })) as Promise<PlaybookView>,
  createPlaybook: (document: unknown, options: { partial?: boolean; locale: Locale }) =>
    // The document is the operator's (an import, a template): the server checks it, not this type.
    call((init) => stayflow().POST('/api/playbooks', { ...init, body: document as BodyOf<'createPlaybook'>, params: { query: query({ partial: options.partial || undefined, locale: options.locale }) } })) as Promise<PlaybookView>,
  savePlaybook: (id: string, document: Playbook, options: { partial?: boolean; locale: Locale }) =>
    call(
      (init) => stayflow().PUT('/api/playbooks/{id}', { ...init, body: document as BodyOf<'savePlaybook'>, params: { ...path({ id }), query: query({ partial: options.partial || undefined, locale: options.locale }) } }),
    ) as Promise<PlaybookView>,
  /** Who entered (`enrolled`, `enrolled_ids`) and who was skipped, each with its reason (`unknown`, `reentry`, `exit_condition`, `holdout`, `not_live`). */
  enrollCustomers: (id: string, customerIds: string[]): Promise<EnrolmentResult> =>
    call((init) => stayflow().POST('/api/playbooks/{id}/enroll', { ...init, params: path({ id }), body: { customer_ids: customerIds } })),
  deletePlaybook: (id: string): Promise<void> => call((init) => stayflow().DELETE('/api/playbooks/{id}', { ...init, params: path({ id }) })).then(() => undefined),
  /**
   * Answers within about a second; enrolment still under way comes back as `job` (older servers send no `job`: read as null).
   * With four-eyes publishing on, the server answers 202 with an approval request instead (`requested`).
   * `acknowledged`: the preview's overlaps the operator publishes anyway, recorded with the version.
   */
  publishPlaybook: (id: string, locale: Locale, acknowledged?: PublishAcknowledgement) =>
    call(
      (init) =>
        stayflow().POST('/api/playbooks/{id}/publish', { ...init, params: { ...path({ id }), query: { locale } }, ...(acknowledged !== undefined ? { body: { acknowledged } as BodyOf<'publishPlaybook'> } : {}) }),
    ).then((r): PublishOutcome => ('approval' in r ? { kind: 'requested', approval: r.approval } : { kind: 'published', version: (r as PublishResult).version, job: (r as PublishResult).job ?? null })),
  pausePlaybook: (id: string) => call((init) => stayflow().POST('/api/playbooks/{id}/pause', { ...init, params: path({ id }) })),
  resumePlaybook: (id: string) => call((init) => stayflow().POST('/api/playbooks/{id}/resume', { ...init, params: path({ id }) })),
  listVersions: (id: string): Promise<VersionSummary[]> => call((init) => stayflow().GET('/api/playbooks/{id}/versions', { ...init, params: path({ id }) })).then((r) => r.versions),
  getVersion: (id: string, version: number) => call((init) => stayflow().GET('/api/playbooks/{id}/versions/{version}', { ...init, params: path({ id, version }) })) as Promise<VersionDocument>,
  getStats: (id: string, days?: number): Promise<PlaybookStats> => call((init) => stayflow().GET('/api/playbooks/{id}/stats', { ...init, params: { ...path({ id }), query: query({ days }) } })),
  /** Starts a publish preview (a background job); with the testing clock it comes back finished. */
  previewPublish: (id: string, horizonDays: PreviewHorizon) =>
    call((init) => stayflow().POST('/api/playbooks/{id}/simulate', { ...init, params: path({ id }), body: { horizon_days: horizonDays } })) as Promise<PreviewJob>,
  getPreview: (previewId: string) => call((init) => stayflow().GET('/api/previews/{id}', { ...init, params: path({ id: previewId }) })) as Promise<PreviewJob>,
  cancelPreview: (previewId: string) => call((init) => stayflow().DELETE('/api/previews/{id}', { ...init, params: path({ id: previewId }) })) as Promise<PreviewJob>,
  testPlaybook: (id: string, body: TestRunRequest): Promise<TestRunResult> =>
    call((init) => stayflow().POST('/api/playbooks/{id}/test', { ...init, params: path({ id }), body: body as BodyOf<'testRunPlaybook'> })),
  listTemplates: () => call((init) => stayflow().GET('/api/templates', init)).then((r) => r.templates as Playbook[]),

  // The churn and value models (README "Predictions")
  getModels: (): Promise<ModelsAnswer> => call((init) => stayflow().GET('/api/models', init)),
  fitModels: (): Promise<ModelsAnswer> => call((init) => stayflow().POST('/api/models/fit', init)),
  setAtRiskRule: (rule: AtRiskRule): Promise<ModelsAnswer> => call((init) => stayflow().PUT('/api/models/at-risk', { ...init, body: rule })),

  // Background jobs (enrolment, arming, sweeps…)
  getJob: (id: string, signal?: AbortSignal): Promise<Job> => call((init) => stayflow().GET('/api/jobs/{id}', { ...init, params: path({ id }) }), { signal }),

  // Customers and what happened to them
  listCustomers: (values: { q?: string; after?: string; limit?: number } = {}): Promise<CustomerList> => call((init) => stayflow().GET('/api/customers', { ...init, params: { query: query(values) } })),
  getCustomer: (id: string): Promise<CustomerDetail> => call((init) => stayflow().GET('/api/customers/{id}', { ...init, params: path({ id }) })),
  /** Replaces the customer's tags, attributes untouched; the runtime reacts as to any customer change. */
  setCustomerTags: (id: string, tags: string[]) => call((init) => stayflow().PUT('/api/customers/{id}', { ...init, params: path({ id }), body: { tags } })),
  /** Everything the server holds about the customer, as one JSON document (for a data-access request). */
  exportCustomer: (id: string) => call((init) => stayflow().GET('/api/customers/{id}/export', { ...init, params: path({ id }) })) as Promise<CustomerExport>,
  /** Erases the customer and everything held about them: their journeys end and pending messages are cancelled. Cannot be undone. */
  eraseCustomer: (id: string): Promise<void> => call((init) => stayflow().DELETE('/api/customers/{id}', { ...init, params: path({ id }) })).then(() => undefined),
  /** Creates or updates customers in one request (CSV import; attributes merged). */
  upsertCustomers: (customers: { id: string; attributes: Record<string, unknown>; tags?: string[] }[]) => call((init) => stayflow().POST('/api/customers/batch', { ...init, body: { customers } })),
  /** Sends events in one request; an event id already stored counts as a duplicate (or a conflict when its content differs). */
  sendEvents: (events: { id: string; customer_id: string; type: string; at: string; properties: Record<string, unknown> }[]) =>
    call((init) => stayflow().POST('/api/events', { ...init, body: { events } as BodyOf<'sendEvents'> })) as Promise<{ accepted: number; duplicates: number; conflicts?: number }>,
  /**
   * One page of a list route as answered (items and, where the route pages, `next_cursor`): CSV exports walk them all.
   * The path is the export's (any list route), so this one stays a plain request(): the generated client types one path per call.
   */
  listPage: (path: string, query: Query) => request<Record<string, unknown>>('GET', path, { query }),
  listRuns: (values: { playbook?: string; customer?: string; status?: RunStatus; limit?: number }): Promise<Run[]> => call((init) => stayflow().GET('/api/runs', { ...init, params: { query: query(values) } })).then((r) => r.runs),
  listMessages: (values: { customer?: string; playbook?: string; limit?: number }): Promise<Message[]> =>
    call((init) => stayflow().GET('/api/messages', { ...init, params: { query: query(values) } })).then((r) => r.messages),
  listTasks: (values: { customer?: string; status?: TaskStatus; limit?: number } = {}): Promise<Task[]> => call((init) => stayflow().GET('/api/tasks', { ...init, params: { query: query(values) } })).then((r) => r.tasks),
  setTaskStatus: (id: string, status: TaskStatus) => call((init) => stayflow().POST('/api/tasks/{id}', { ...init, params: path({ id }), body: { status } })),

  // Segments and metrics
  listSegments: () => api.segmentList().then((r) => r.segments),
  /** The segments with when they were last recounted and whether a recount is under way. */
  segmentList: (): Promise<SegmentList> => call((init) => stayflow().GET('/api/segments', init)),
  saveSegment: (name: string, body: { if: unknown; description?: string }, locale: Locale) =>
    call((init) => stayflow().PUT('/api/segments/{name}', { ...init, params: { path: { name }, query: { locale } }, body })),
  deleteSegment: (name: string): Promise<void> => call((init) => stayflow().DELETE('/api/segments/{name}', { ...init, params: { path: { name } } })).then(() => undefined),
  getMetrics: (values: { from?: string; to?: string } = {}): Promise<Metrics> => call((init) => stayflow().GET('/api/metrics', { ...init, params: { query: query(values) } })),
  getCohorts: (values: { from?: string; to?: string; segment?: string } = {}): Promise<CohortAnswer> => call((init) => stayflow().GET('/api/metrics/cohorts', { ...init, params: { query: query(values) } })),

  // Who is asking: sessions (api-v1.1 "Roles"); the app asks GET /api/session first
  getSession: (): Promise<Session> => call((init) => stayflow().GET('/api/session', init), { session: true }),
  signIn: (email: string, password: string): Promise<{ person: Person; csrf_token: string }> =>
    call((init) => stayflow().POST('/api/session', { ...init, body: { email, password } }), { session: true }),
  signOut: (): Promise<void> => call((init) => stayflow().DELETE('/api/session', init), { session: true }).then(() => undefined),
  changePassword: (currentPassword: string, newPassword: string): Promise<void> =>
    call((init) => stayflow().POST('/api/session/password', { ...init, body: { current_password: currentPassword, new_password: newPassword } }), { session: true }).then(() => undefined),

  // People, keys and workspace settings (admins)
  listPeople: (): Promise<Person[]> => call((init) => stayflow().GET('/api/people', init)).then((r) => r.items),
  createPerson: (body: { email: string; name?: string; role: Role; password: string }): Promise<Person> => call((init) => stayflow().POST('/api/people', { ...init, body })),
  updatePerson: (id: string, body: { name?: string; role?: Role; disabled?: boolean }): Promise<Person> =>
    call((init) => stayflow().PATCH('/api/people/{id}', { ...init, params: path({ id }), body })),
  deletePerson: (id: string): Promise<void> => call((init) => stayflow().DELETE('/api/people/{id}', { ...init, params: path({ id }) })).then(() => undefined),
  listKeys: (): Promise<ApiKeySummary[]> => call((init) => stayflow().GET('/api/keys', init)).then((r) => r.items),
  /** The answer holds the key's text; the server never shows it again. */
  createKey: (body: { name: string; role: Role }): Promise<CreatedApiKey> =>
    // The answer has no last_used_at: a key just created has not been used yet.
    call((init) => stayflow().POST('/api/keys', { ...init, body })).then((r) => ({ ...r, last_used_at: null })),
  deleteKey: (id: string): Promise<void> => call((init) => stayflow().DELETE('/api/keys/{id}', { ...init, params: path({ id }) })).then(() => undefined),
  getSettings: (): Promise<WorkspaceSettings> => call((init) => stayflow().GET('/api/settings', init)),
  updateSettings: (body: Partial<WorkspaceSettings>): Promise<WorkspaceSettings> => call((init) => stayflow().PATCH('/api/settings', { ...init, body })),

  // The audit log (admins) and four-eyes approvals
  listAudit: (values: AuditQuery): Promise<AuditPage> => call((init) => stayflow().GET('/api/audit', { ...init, params: { query: query({ ...values }) } })) as Promise<AuditPage>,
  /** Newest first; the first 500 (`status`: only those in that state; `playbook`: only that playbook's). */
  listApprovals: (values: { status?: ApprovalStatus; playbook?: string } = {}): Promise<Approval[]> =>
    call((init) => stayflow().GET('/api/approvals', { ...init, params: { query: query({ ...values, limit: 500 }) } })).then((r) => r.items),
  getApproval: (id: string): Promise<Approval> => call((init) => stayflow().GET('/api/approvals/{id}', { ...init, params: path({ id }) })).then((r) => r.approval),
  /** Publishes exactly the requested draft; 409 when the draft changed since the request. */
  approve: (id: string, locale: Locale): Promise<Approval> =>
    call((init) => stayflow().POST('/api/approvals/{id}/approve', { ...init, params: { ...path({ id }), query: { locale } } })).then((r) => r.approval),
  reject: (id: string, reason: string): Promise<Approval> =>
    call((init) => stayflow().POST('/api/approvals/{id}/reject', { ...init, params: path({ id }), body: { reason } })).then((r) => r.approval),
};

export type Api = typeof api;
