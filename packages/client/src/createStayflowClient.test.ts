import { describe, expect, it } from 'vitest';
import { createStayflowClient } from './createStayflowClient.ts';

describe('createStayflowClient', () => {
  it('sends the API key as a bearer token, to the base URL without a trailing slash', async () => {
    const seen: Request[] = [];
    const client = createStayflowClient({
      baseUrl: 'http://stayflow.test:3000/',
      apiKey: 'sf_key',
      fetch: async (request) => {
        seen.push(request as Request);
        return new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const { data } = await client.GET('/api/health');
    expect(data).toEqual({ ok: true });
    expect(seen[0]!.url).toBe('http://stayflow.test:3000/api/health');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer sf_key');
  });

  it('refuses a base URL that is not an absolute http(s) URL, and a key with spaces', () => {
    expect(() => createStayflowClient({ baseUrl: 'localhost:3000' })).toThrow(/baseUrl must use http or https, not localhost/);
    expect(() => createStayflowClient({ baseUrl: '/api' })).toThrow('baseUrl must be an absolute http(s) URL such as http://127.0.0.1:3000, not "/api".');
    expect(() => createStayflowClient({ baseUrl: 'http://x', apiKey: 'a b' })).toThrow('apiKey must be the key as printed, without spaces.');
  });
});
