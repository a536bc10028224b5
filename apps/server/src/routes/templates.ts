import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { loadTemplates } from '@stayflow/examples';

/** The template playbooks shipped in examples/playbooks, for "create from template". */
export const templateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = loadTemplates().map((t) => t.document);
  app.get('/api/templates', { schema: { tags: ['playbooks'], summary: 'Template playbooks to start from' } }, async () => ({ templates }));
};
