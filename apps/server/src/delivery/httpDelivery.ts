import { request, type Dispatcher } from 'undici';
import { delivered, permanent, retryable, type DeliveryResult } from './ChannelAdapter.ts';

/** One outgoing HTTP call, shared by webhooks and the SMS/push providers. */
export interface HttpCall {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** Aborts connecting, waiting and reading; the caller creates it so a DNS lookup counts against the same budget. */
  deadline: AbortSignal;
  timeoutMs: number;
  /** Which connection pool to use (a pinned one for webhooks); the global one by default. */
  dispatcher?: Dispatcher;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** How much of an error response is kept in the delivery log. */
const SNIPPET_BYTES = 512;
const SNIPPET_CHARS = 120;

/**
 * Makes the call and classifies the answer: 2xx delivered; 408, 429, 5xx, network
 * errors and timeouts worth another attempt; redirects (never followed: the URL was
 * vetted, its target was not) and other 4xx permanent.
 */
export async function deliverHttp(call: HttpCall): Promise<DeliveryResult> {
  try {
    const response = await request(call.url, {
      method: call.method as Dispatcher.HttpMethod,
      headers: call.headers,
      body: call.body,
      signal: call.deadline,
      ...(call.dispatcher ? { dispatcher: call.dispatcher } : {}),
    });
    const { statusCode } = response;
    if (statusCode >= 200 && statusCode < 300) {
      await response.body.dump({ limit: 64 * 1024, signal: call.deadline });
      return delivered(`HTTP ${statusCode}`);
    }
    const snippet = await readSnippet(response.body);
    return classifyStatus(statusCode, snippet);
  } catch (error) {
    return classifyError(error, call);
  }
}

/** The result for a non-2xx status; `snippet` is the start of the response body, for the operator. */
function classifyStatus(statusCode: number, snippet = ''): DeliveryResult {
  const detail = `HTTP ${statusCode}${snippet ? `: ${snippet}` : ''}`;
  if (statusCode >= 300 && statusCode < 400) return permanent(`HTTP ${statusCode} (redirects are not followed)`);
  if (statusCode === 408 || statusCode === 429 || statusCode >= 500) return retryable(detail);
  return permanent(detail);
}

function classifyError(error: unknown, call: Pick<HttpCall, 'deadline' | 'timeoutMs'>): DeliveryResult {
  if (call.deadline.aborted) return retryable(`timed out after ${formatSeconds(call.timeoutMs)}`);
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  // undici refuses a malformed request (a header value with a line break, a bad method): no attempt will do better.
  if (code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_ARG_VALUE' || code === 'ERR_INVALID_HTTP_TOKEN') {
    return permanent(`invalid request: ${message}`);
  }
  return retryable(`network error: ${typeof code === 'string' ? `${code} ` : ''}${message}`.slice(0, 200).trim());
}

export const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

async function readSnippet(body: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= SNIPPET_BYTES) break;
    }
  } catch {
    // The status is what matters; a body cut short only shortens the snippet.
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\s+/g, ' ').trim().slice(0, SNIPPET_CHARS);
}

/** Rejects with the deadline's reason if it passes first (for steps undici does not time, like DNS). */
export function beforeDeadline<T>(promise: Promise<T>, deadline: AbortSignal): Promise<T> {
  if (deadline.aborted) return Promise.reject(deadline.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(deadline.reason);
    deadline.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        deadline.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        deadline.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
