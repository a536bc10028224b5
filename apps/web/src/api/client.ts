import type { Playbook } from '@stayflow/playbook';
import { ApiError, apiErrorFrom, networkError } from './ApiError.ts';
import type { PreviewJob, PublishAcknowledgement } from './previewTypes.ts';
import type {
  AtRiskRule,
  ModelsAnswer,
  CustomerDetail,
  CustomerExport,
  CustomerList,
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

/** The typed client of the Stayflow HTTP API: one function per route, errors as ApiError sentences. */

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

type UnauthorizedListener = (error: ApiError) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever the server answers 401, so the shell can ask for an API key. */
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
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
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
    if (response.status === 401 && options.apiKey === undefined) for (const listener of unauthorizedListeners) listener(error);
    throw error;
  }
  if (body === undefined && text !== '') throw new ApiError(response.status, 'bad_response', 'The server answered with something that is not JSON. Is this address a Stayflow server?');
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  /** Whether the server accepts this key (or none): resolves when it does, an ApiError (401: refused) when not. */
  checkApiKey: (key: string | null) => request<unknown>('GET', '/api/playbooks', { apiKey: key }).then(() => undefined),
  health: (signal?: AbortSignal) => request<{ ok: boolean }>('GET', '/api/health', { ...(signal ? { signal } : {}) }),

  // Playbooks
  listPlaybooks: () => request<{ playbooks: PlaybookSummary[] }>('GET', '/api/playbooks').then((r) => r.playbooks),
  getPlaybook: (id: string, locale: Locale) => request<PlaybookView>('GET', `/api/playbooks/${enc(id)}`, { query: { locale } }),
  createPlaybook: (document: unknown, options: { partial?: boolean; locale: Locale }) =>
    request<PlaybookView>('POST', '/api/playbooks', { body: document, query: { partial: options.partial ? 'true' : undefined, locale: options.locale } }),
  savePlaybook: (id: string, document: Playbook, options: { partial?: boolean; locale: Locale }) =>
    request<PlaybookView>('PUT', `/api/playbooks/${enc(id)}`, { body: document, query: { partial: options.partial ? 'true' : undefined, locale: options.locale } }),
  enrollCustomers: (id: string, customerIds: string[]) => request<{ enrolled: number }>('POST', `/api/playbooks/${enc(id)}/enroll`, { body: { customer_ids: customerIds } }),
  deletePlaybook: (id: string) => request<void>('DELETE', `/api/playbooks/${enc(id)}`),
  /** Answers within about a second; enrolment still under way comes back as `job` (older servers send no `job`: read as null). */
  /** `acknowledged`: the preview's overlaps the operator publishes anyway, recorded with the version. */
  publishPlaybook: (id: string, locale: Locale, acknowledged?: PublishAcknowledgement) =>
    request<PublishResult>('POST', `/api/playbooks/${enc(id)}/publish`, { query: { locale }, ...(acknowledged !== undefined ? { body: { acknowledged } } : {}) }).then((r) => ({ version: r.version, job: r.job ?? null })),
  pausePlaybook: (id: string) => request<{ status: 'paused' }>('POST', `/api/playbooks/${enc(id)}/pause`),
  resumePlaybook: (id: string) => request<{ status: 'live' }>('POST', `/api/playbooks/${enc(id)}/resume`),
  listVersions: (id: string) => request<{ versions: VersionSummary[] }>('GET', `/api/playbooks/${enc(id)}/versions`).then((r) => r.versions),
  getVersion: (id: string, version: number) => request<VersionDocument>('GET', `/api/playbooks/${enc(id)}/versions/${version}`),
  getStats: (id: string, days?: number) => request<PlaybookStats>('GET', `/api/playbooks/${enc(id)}/stats`, days === undefined ? {} : { query: { days } }),
  /** Starts a publish preview (a background job); with the testing clock it comes back finished. */
  previewPublish: (id: string, horizonDays: number) => request<PreviewJob>('POST', `/api/playbooks/${enc(id)}/simulate`, { body: { horizon_days: horizonDays } }),
  getPreview: (previewId: string) => request<PreviewJob>('GET', `/api/previews/${enc(previewId)}`),
  cancelPreview: (previewId: string) => request<PreviewJob>('DELETE', `/api/previews/${enc(previewId)}`),
  testPlaybook: (id: string, body: TestRunRequest) => request<TestRunResult>('POST', `/api/playbooks/${enc(id)}/test`, { body }),
  listTemplates: () => request<{ templates: Playbook[] }>('GET', '/api/templates').then((r) => r.templates),

  // The churn and value models (README "Predictions")
  getModels: () => request<ModelsAnswer>('GET', '/api/models'),
  fitModels: () => request<ModelsAnswer>('POST', '/api/models/fit'),
  setAtRiskRule: (rule: AtRiskRule) => request<ModelsAnswer>('PUT', '/api/models/at-risk', { body: rule }),

  // Background jobs (enrolment, arming, sweeps…)
  getJob: (id: string, signal?: AbortSignal) => request<Job>('GET', `/api/jobs/${enc(id)}`, { ...(signal ? { signal } : {}) }),

  // Customers and what happened to them
  listCustomers: (query: { q?: string; after?: string; limit?: number } = {}) => request<CustomerList>('GET', '/api/customers', { query }),
  getCustomer: (id: string) => request<CustomerDetail>('GET', `/api/customers/${enc(id)}`),
  /** Replaces the customer's tags, attributes untouched; the runtime reacts as to any customer change. */
  setCustomerTags: (id: string, tags: string[]) => request<unknown>('PUT', `/api/customers/${enc(id)}`, { body: { tags } }),
  /** Everything the server holds about the customer, as one JSON document (for a data-access request). */
  exportCustomer: (id: string) => request<CustomerExport>('GET', `/api/customers/${enc(id)}/export`),
  /** Erases the customer and everything held about them: their journeys end and pending messages are cancelled. Cannot be undone. */
  eraseCustomer: (id: string) => request<void>('DELETE', `/api/customers/${enc(id)}`),
  listRuns: (query: { playbook?: string; customer?: string; status?: RunStatus; limit?: number }) => request<{ runs: Run[] }>('GET', '/api/runs', { query }).then((r) => r.runs),
  listMessages: (query: { customer?: string; playbook?: string; limit?: number }) => request<{ messages: Message[] }>('GET', '/api/messages', { query }).then((r) => r.messages),
  listTasks: (query: { customer?: string; status?: TaskStatus; limit?: number } = {}) => request<{ tasks: Task[] }>('GET', '/api/tasks', { query }).then((r) => r.tasks),
  setTaskStatus: (id: string, status: TaskStatus) => request<{ id: string; status: TaskStatus }>('POST', `/api/tasks/${enc(id)}`, { body: { status } }),

  // Segments and metrics
  listSegments: () => request<SegmentList>('GET', '/api/segments').then((r) => r.segments),
  /** The segments with when they were last recounted and whether a recount is under way. */
  segmentList: () => request<SegmentList>('GET', '/api/segments'),
  saveSegment: (name: string, body: { if: unknown; description?: string }, locale: Locale) => request<{ name: string }>('PUT', `/api/segments/${enc(name)}`, { body, query: { locale } }),
  deleteSegment: (name: string) => request<void>('DELETE', `/api/segments/${enc(name)}`),
  getMetrics: (query: { from?: string; to?: string } = {}) => request<Metrics>('GET', '/api/metrics', { query }),
  getCohorts: (query: { from?: string; to?: string; segment?: string } = {}) => request<CohortAnswer>('GET', '/api/metrics/cohorts', { query }),
};

export type Api = typeof api;
