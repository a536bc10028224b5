import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { loadTemplates } from '@stayflow/examples';
import { TemplateList } from './answerSchemas.ts';
import { answers } from './common.ts';

/** The template playbooks shipped in examples/playbooks, for "create from template". */
export const templateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = loadTemplates().map((t) => t.document);
  app.get('/api/templates', { schema: { tags: ['playbooks'], operationId: 'listTemplates', summary: 'Template playbooks to start from', response: answers({ 200: TemplateList }) } }, async () => ({ templates }));
};
