import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError.ts';
import { api, onUnauthorized, setCsrfToken } from './client.ts';

/** Answers every request with `answer` and keeps the requests the client sent. */
function serve(answer: () => Response): Request[] {
  const sent: Request[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    sent.push(request);
    return answer();
  });
  return sent;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('the api client on the generated client', () => {
  it('sends the CSRF token on writes only, with the session cookie', async () => {
    const sent = serve(() => json(200, { id: 't1', status: 'done' }));
    setCsrfToken('tok-1');
    await api.setTaskStatus('t1', 'done');
    await api.listTasks({ status: 'open' });
    expect(sent[0]!.method).toBe('POST');
    expect(new URL(sent[0]!.url).pathname).toBe('/api/tasks/t1');
    expect(sent[0]!.headers.get('x-csrf-token')).toBe('tok-1');
    expect(sent[0]!.credentials).toBe('same-origin');
    expect(await sent[0]!.json()).toEqual({ status: 'done' });
    expect(sent[1]!.method).toBe('GET');
    expect(sent[1]!.headers.get('x-csrf-token')).toBeNull();
    expect(new URL(sent[1]!.url).search).toBe('?status=open');
  });

  it('leaves empty query values out and encodes path parameters', async () => {
    const sent = serve(() => json(200, { total: 0, customers: [], next_cursor: null }));
    await api.listCustomers({ q: '', limit: 20 });
    expect(new URL(sent[0]!.url).search).toBe('?limit=20');
    const again = serve(() => json(200, { id: 'a b', status: 'done' }));
    await api.setTaskStatus('a b/c', 'done');
    expect(new URL(again[0]!.url).pathname).toBe('/api/tasks/a%20b%2Fc');
  });

  it('turns an error answer into an ApiError with the server’s code, sentence and problems', async () => {
    serve(() => json(400, { error: { code: 'invalid_segment', message: 'The rule is refused.' }, errors: [{ code: 'logic.unknown', message: 'Unknown operator', path: '$.if' }] }));
    const error = await api.saveSegment('vip', { if: { nope: [] } }, 'en').catch((cause: unknown) => cause);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_segment', message: 'The rule is refused.', problems: [{ code: 'logic.unknown', message: 'Unknown operator', path: '$.if' }] });
  });

  it('tells the shell about a 401, but not about the session routes’ own', async () => {
    const heard: ApiError[] = [];
    const stop = onUnauthorized((error) => heard.push(error));
    serve(() => json(401, { error: { code: 'unauthorized', message: 'Sign in first.' } }));
    await expect(api.listPeople()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    await expect(api.signIn('a@example.com', 'wrong')).rejects.toMatchObject({ status: 401 });
    await expect(api.checkApiKey('bad-key')).rejects.toMatchObject({ status: 401 });
    stop();
    expect(heard.map((error) => error.message)).toEqual(['Sign in first.']);
  });

  it('says when the server is unreachable or answers something that is not JSON', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(api.getMetrics()).rejects.toMatchObject({ status: 0, code: 'network' });
    serve(() => new Response('<html>a proxy</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    await expect(api.getMetrics()).rejects.toMatchObject({ code: 'bad_response' });
    serve(() => new Response('<html>bad gateway</html>', { status: 502 }));
    await expect(api.getMetrics()).rejects.toMatchObject({ status: 502, code: 'server_error', message: 'The server is not answering (bad gateway).' });
  });

  it('answers nothing for 204 and the enrolment result as sent', async () => {
    serve(() => new Response(null, { status: 204 }));
    await expect(api.deleteSegment('vip')).resolves.toBeUndefined();
    const result = { enrolled: 1, enrolled_ids: ['c1'], skipped: [{ customer_id: 'zz', reason: 'unknown' }] };
    serve(() => json(202, result));
    await expect(api.enrollCustomers('p1', ['c1', 'zz'])).resolves.toEqual(result);
  });
});
