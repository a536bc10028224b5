import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { HttpError } from '../plugins/errors.ts';
import { errorAnswer, openAnswers } from './common.ts';

/** How long the database may take to answer the readiness query before the server says it is not ready. */
export const READY_TIMEOUT_MS = 2_000;

const Ready = Type.Object({ ok: Type.Literal(true) }, { description: 'The migrations are applied and the database answered: this process can take traffic.' });

const NotReady = errorAnswer(
  `Not ready (\`not_ready\`): the database did not answer within ${READY_TIMEOUT_MS / 1000} s, or failed; or the server is shutting down (\`shutting_down\`). A load balancer sends this process no traffic until it answers 200 again.`,
);

/**
 * `GET /api/ready`, the readiness check for a load balancer (apps/server README, "Deployment"):
 * unlike `/api/health` (the process is up), it asks the database (`probe`: the app passes the
 * store's customer count, one row read). The store exists only once its migrations are applied,
 * so an answer means both. Open like health: no API key.
 */
export const readyRoutes: FastifyPluginAsyncTypebox<{ probe: () => Promise<unknown>; timeoutMs?: number }> = async (app, { probe, timeoutMs = READY_TIMEOUT_MS }) => {
  app.get(
    '/api/ready',
    { schema: { tags: ['system'], operationId: 'ready', summary: 'Readiness: the database answers', security: [], response: { ...openAnswers({ 200: Ready }), 503: NotReady } } },
    async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([probe(), timeout]);
      } catch (error) {
        // The reason is logged, not answered: this route needs no key, and a database address is nobody else's business.
        app.log.warn(`not ready: the database does not answer: ${error instanceof Error ? error.message : String(error)}`);
        throw new HttpError(503, 'not_ready', 'The database does not answer; this process takes no traffic until it does (the reason is in the server log).');
      } finally {
        clearTimeout(timer);
      }
      return { ok: true as const };
    },
  );
};
