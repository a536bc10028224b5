import { createStayflowClient, type StayflowClient } from '@stayflow/client';

/**
 * The HTTP API of a running server, for the commands that go through it (import, export)
 * rather than opening the database: they work against any deployment, SQLite or
 * PostgreSQL, local or remote, with the server's rules (roles, audit) applied.
 */
export interface ApiConnection {
  /**
   * One call through the generated client (`@stayflow/client`, typed by the server's OpenAPI
   * document): its answer's data, or an Error whose message is a sentence for the operator.
   * `what` names the call in that sentence, such as "POST /api/events".
   */
  answer<T>(what: string, send: (api: StayflowClient) => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T>;
  /**
   * JSON in, JSON out on any path, with the same errors. Only for what the generated client
   * cannot type: the CSV export walks whichever list route it exports, by path.
   */
  call(method: string, path: string, body?: unknown): Promise<Record<string, unknown>>;
  url: string;
}

export const DEFAULT_URL = 'http://127.0.0.1:3000';

export function connect(options: { url?: string; key?: string }, env: NodeJS.ProcessEnv, fetchImpl: typeof fetch = fetch): ApiConnection {
  const text = options.url ?? env.STAYFLOW_URL ?? DEFAULT_URL;
  let base: URL;
  try {
    base = new URL(text);
  } catch {
    throw new Error(`--url must be the server's address such as ${DEFAULT_URL}, not "${text}".`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error(`--url must start with http:// or https://, not "${text}".`);
  const url = base.href.replace(/\/+$/, '');
  const key = options.key ?? env.STAYFLOW_KEY;
  if (key !== undefined && !/^\S+$/.test(key)) throw new Error('--key (or STAYFLOW_KEY) must be the key as printed by "stayflow keys create", without spaces.');
  const api = createStayflowClient({ baseUrl: url, ...(key ? { apiKey: key } : {}), fetch: (request) => fetchImpl(request) });
  const unreachable = (cause: unknown) =>
    new Error(`Cannot reach the server at ${url} (${(cause as Error).cause instanceof Error ? ((cause as Error).cause as Error).message : (cause as Error).message}). Is it running? Pass its address with --url.`, { cause });
  const notJson = (what: string, status: number) => new Error(`${url} answered ${what} with something that is not JSON (status ${status}): is it a Stayflow server?`);
  const refused = (what: string, status: number, json: unknown, text: string) => {
    const error = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
    if (status === 401) return new Error(`The server at ${url} needs an API key: pass --key KEY or set STAYFLOW_KEY (create one with "stayflow keys create").`);
    return new Error(`The server refused ${what} (${status}${error?.code ? ` ${error.code}` : ''}): ${error?.message ?? text.slice(0, 300)}`);
  };
  return {
    url,
    async answer(what, send) {
      let result: Awaited<ReturnType<typeof send>>;
      try {
        result = await send(api);
      } catch (cause) {
        // openapi-fetch parses a success answer as JSON: a SyntaxError is an answer that is not ours.
        if (cause instanceof SyntaxError) throw notJson(what, 200);
        throw unreachable(cause);
      }
      // An error body that is not JSON comes as its text.
      if (!result.response.ok) throw refused(what, result.response.status, typeof result.error === 'string' ? undefined : result.error, typeof result.error === 'string' ? result.error : '');
      return result.data as Awaited<ReturnType<typeof send>>['data'] & {};
    },
    async call(method, path, body) {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (key) headers.authorization = `Bearer ${key}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        response = await fetchImpl(url + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      } catch (cause) {
        throw unreachable(cause);
      }
      const answer = await response.text();
      let json: unknown;
      try {
        json = answer === '' ? {} : JSON.parse(answer);
      } catch {
        throw notJson(`${method} ${path}`, response.status);
      }
      if (!response.ok) throw refused(`${method} ${path}`, response.status, json, answer);
      return json as Record<string, unknown>;
    },
  };
}
