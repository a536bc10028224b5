import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorsPlugin } from '../plugins/errors.ts';
import { ErrorAnswer } from './common.ts';
import { readyRoutes } from './ready.ts';

async function appWith(probe: () => Promise<unknown>, timeoutMs?: number) {
  const app = Fastify({ logger: false });
  app.addSchema(ErrorAnswer);
  await app.register(errorsPlugin, { bodyLimit: 1024 });
  await app.register(readyRoutes, { probe, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
  return app;
}

const NOT_READY = { error: { code: 'not_ready', message: 'The database does not answer; this process takes no traffic until it does (the reason is in the server log).' } };

describe('GET /api/ready', () => {
  it('answers 200 once the database answers', async () => {
    const app = await appWith(async () => 3);
    const answer = await app.inject({ method: 'GET', url: '/api/ready' });
    expect([answer.statusCode, answer.json()]).toEqual([200, { ok: true }]);
  });

  it('answers 503 not_ready when the database fails, without saying where it is', async () => {
    const app = await appWith(async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:5432');
    });
    const answer = await app.inject({ method: 'GET', url: '/api/ready' });
    expect([answer.statusCode, answer.json()]).toEqual([503, NOT_READY]);
    expect(answer.body).not.toContain('10.0.0.5');
  });

  it('answers 503 not_ready when the database does not answer in time', async () => {
    const app = await appWith(() => new Promise(() => undefined), 50);
    const started = Date.now();
    const answer = await app.inject({ method: 'GET', url: '/api/ready' });
    expect([answer.statusCode, answer.json()]).toEqual([503, NOT_READY]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
