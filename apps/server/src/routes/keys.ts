import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { hashApiKey, newApiKey, type Store } from '@stayflow/store';
import { randomBytes } from 'node:crypto';
import { invalidInput, notFound } from '../plugins/errors.ts';
import { answers, IdParams, iso, NoContent } from './common.ts';
import { ApiKeyCreated, ApiKeyList, keyAnswer, NewKeyBody , problem } from './teamAnswers.ts';

/** API keys and their roles (admin only; server README, "API keys"). */
export const keyRoutes: FastifyPluginAsyncTypebox<{ store: Pick<Store, 'apiKeys'>; now?: () => number }> = async (app, { store, now = Date.now }) => {
  app.get('/api/keys', { schema: { tags: ['team'], operationId: 'listKeys', summary: 'List the API keys (never their text)', response: answers({ 200: ApiKeyList }) } }, async () => ({
    items: (await store.apiKeys.list()).map(keyAnswer),
    next_cursor: null,
  }));

  app.post(
    '/api/keys',
    { schema: { tags: ['team'], operationId: 'createKey', summary: 'Create an API key with a role; its text is shown once', body: NewKeyBody, response: answers({ 201: ApiKeyCreated }, 'body') } },
    async (request, reply) => {
      const name = request.body.name.trim();
      if (name === '') throw invalidInput('validation_failed', [problem('key.name', 'A key needs a name saying who or what uses it, e.g. "shop-backend".', '$.name')]);
      const key = newApiKey();
      const record = { id: `key_${randomBytes(6).toString('hex')}`, name, role: request.body.role, hash: hashApiKey(key), createdAt: now(), lastUsedAt: null };
      await store.apiKeys.add(record);
      return reply.status(201).send({ id: record.id, name, role: request.body.role, created_at: iso(record.createdAt), key });
    },
  );

  app.delete(
    '/api/keys/:id',
    { schema: { tags: ['team'], operationId: 'deleteKey', summary: 'Revoke an API key: it stops working at once', params: IdParams, response: answers({ 204: NoContent('Revoked.') }, 404) } },
    async (request, reply) => {
      if (!(await store.apiKeys.remove(request.params.id))) throw notFound(`The API key ${request.params.id}`);
      return reply.status(204).send();
    },
  );
};
