import type { Problem } from './types.ts';

/**
 * A failed API call, as a sentence a person can read. `code` is the server's
 * (`playbook_live`, `invalid_playbook`, …) or one of ours: `network` when the
 * server could not be reached, `bad_response` when it answered something that
 * is not our JSON.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server has no such route: an older server than this app expects. */
  get isMissingRoute(): boolean {
    return this.status === 404 && this.code === 'not_found' && this.message.startsWith('No route ');
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function readProblems(value: unknown): Problem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((item) => {
    if (typeof item.message !== 'string') return [];
    const problem: Problem = { code: typeof item.code === 'string' ? item.code : 'problem', message: item.message };
    if (typeof item.path === 'string') problem.path = item.path;
    if (typeof item.node === 'string') problem.node = item.node;
    if (typeof item.edge === 'string') problem.edge = item.edge;
    if (item.severity === 'error' || item.severity === 'warning') problem.severity = item.severity;
    return [problem];
  });
}

const STATUS_SENTENCES: Record<number, string> = {
  400: 'The server could not accept this request.',
  401: 'This server needs an API key.',
  403: 'This API key may not do that.',
  404: 'That could not be found.',
  409: 'That conflicts with something that already exists.',
  413: 'That is too large to send in one go.',
  500: 'Something went wrong on the server.',
  502: 'The server is not answering (bad gateway).',
  503: 'The server is busy or starting; try again in a moment.',
};

/**
 * Turns an error answer into an ApiError. The server's own sentence
 * (`{ error: { message } }`) wins; otherwise the status is described, so the
 * user never sees a raw body or a stack trace.
 */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  if (isRecord(body) && isRecord(body.error) && typeof body.error.message === 'string') {
    const code = typeof body.error.code === 'string' ? body.error.code : `http_${status}`;
    return new ApiError(status, code, body.error.message, readProblems(body.errors));
  }
  if (isRecord(body) && typeof body.message === 'string') {
    return new ApiError(status, `http_${status}`, body.message, readProblems(body.errors));
  }
  const sentence = STATUS_SENTENCES[status] ?? (status >= 500 ? STATUS_SENTENCES[500]! : `The request failed (HTTP ${status}).`);
  return new ApiError(status, status >= 500 ? 'server_error' : `http_${status}`, sentence);
}

/** The error a fetch that never got an answer becomes. */
export function networkError(cause: unknown): ApiError {
  const detail = cause instanceof Error && cause.name === 'AbortError' ? 'The request was cancelled.' : 'Could not reach the Stayflow server. Check that it is running, then try again.';
  return new ApiError(0, cause instanceof Error && cause.name === 'AbortError' ? 'aborted' : 'network', detail);
}

/** Any thrown value as a sentence (for places that catch more than API errors). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return 'Something unexpected went wrong.';
}
