import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { Json } from './harness.ts';

export interface Sent {
  status: number;
  headers: IncomingHttpHeaders;
  body: Json;
}

/**
 * One HTTP request with its own headers, optionally from another loopback address
 * (127.0.0.0/8 all reach this machine), as failed sign-ins and failed credentials are
 * counted per address.
 */
export function send(base: string, method: string, path: string, options: { headers?: Record<string, string>; body?: unknown; from?: string } = {}): Promise<Sent> {
  const headers: Record<string, string> = { ...options.headers };
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const sent = httpRequest(base + path, { method, headers, agent: false, ...(options.from ? { localAddress: options.from } : {}) }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => {
        let parsed: Json = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          // Not JSON (the docs page): kept as text.
        }
        resolve({ status: response.statusCode!, headers: response.headers, body: parsed });
      });
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

/** The session token a sign-in answer set, from its Set-Cookie header. */
export function sessionCookieOf(answer: Sent): string | undefined {
  const cookies = answer.headers['set-cookie'] ?? [];
  for (const cookie of cookies) {
    const match = /^stayflow_session=([^;]*)/.exec(cookie);
    if (match && match[1] !== '') return match[1];
  }
  return undefined;
}

/** Signs in; the cookie header to send and the CSRF token. */
export async function signIn(base: string, email: string, password: string, from?: string): Promise<{ cookie: string; csrf: string; answer: Sent }> {
  const answer = await send(base, 'POST', '/api/session', { body: { email, password }, ...(from ? { from } : {}) });
  if (answer.status !== 200) throw new Error(`Sign-in of ${email} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return { cookie: `stayflow_session=${sessionCookieOf(answer)}`, csrf: answer.body.csrf_token, answer };
}
