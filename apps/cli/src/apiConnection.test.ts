import { describe, expect, it } from 'vitest';
import { connect } from './apiConnection.ts';

/** A connection whose server answers every request with `answer`; the requests sent are kept. */
function against(answer: () => Response | Promise<Response>) {
  const sent: Request[] = [];
  const fetchImpl = (async (request: Request) => {
    sent.push(request);
    return answer();
  }) as typeof fetch;
  return { sent, connection: connect({ url: 'http://stayflow.test:3000/', key: 'sk_test' }, {}, fetchImpl) };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the API connection through the generated client', () => {
  it('sends the key and answers the typed data', async () => {
    const { sent, connection } = against(() => json(200, { upserted: 2 }));
    const answer = await connection.answer('POST /api/customers/batch', (api) => api.POST('/api/customers/batch', { body: { customers: [{ id: 'c1', attributes: {} }] } }));
    expect(answer.upserted).toBe(2);
    expect(sent[0]!.url).toBe('http://stayflow.test:3000/api/customers/batch');
    expect(sent[0]!.headers.get('authorization')).toBe('Bearer sk_test');
  });

  it('turns a refusal, a missing key, a foreign answer and an unreachable server into sentences', async () => {
    const call = (connection: ReturnType<typeof against>['connection']) => connection.answer('GET /api/segments', (api) => api.GET('/api/segments'));
    await expect(call(against(() => json(403, { error: { code: 'forbidden', message: 'This needs the viewer role.' } })).connection)).rejects.toThrow(
      'The server refused GET /api/segments (403 forbidden): This needs the viewer role.',
    );
    await expect(call(against(() => json(401, { error: { code: 'unauthorized', message: 'no' } })).connection)).rejects.toThrow('needs an API key: pass --key KEY or set STAYFLOW_KEY');
    await expect(call(against(() => new Response('<html>', { status: 200 })).connection)).rejects.toThrow('answered GET /api/segments with something that is not JSON');
    await expect(call(against(() => new Response('bad gateway', { status: 502 })).connection)).rejects.toThrow('The server refused GET /api/segments (502): bad gateway');
    await expect(
      call(
        against(() => {
          throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:3000') });
        }).connection,
      ),
    ).rejects.toThrow('Cannot reach the server at http://stayflow.test:3000 (connect ECONNREFUSED 127.0.0.1:3000). Is it running? Pass its address with --url.');
  });

  it('refuses a key with spaces before anything is sent', () => {
    expect(() => connect({ key: 'sk test' }, {})).toThrow('--key (or STAYFLOW_KEY) must be the key as printed');
  });
});
