import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Playbook } from '@stayflow/playbook';
import Type from 'typebox';
import { bodyCheckedByHandler, iso, errorAnswers, LocaleQuery } from './common.ts';
import { publicIssue, type PlaybookService } from '../services/playbookService.ts';
import { testRun, TestRunRequest } from '../services/testRun.ts';
import type { Runtime } from '../runtime/Runtime.ts';

const PlaybookParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const SaveQuery = Type.Object({
  partial: Type.Optional(Type.Boolean({ description: 'Save work in progress even if it has problems (they block publishing, not saving). The editor autosaves this way.' })),
  locale: LocaleQuery,
});

export const playbookRoutes: FastifyPluginAsyncTypebox<{ playbooks: PlaybookService; runtime: Runtime }> = async (app, { playbooks, runtime }) => {
  app.post(
    '/api/playbooks/:id/test',
    { schema: { tags: ['playbooks'], summary: 'Test run: what the playbook would do to one customer over the next days (nothing is stored or sent)', params: PlaybookParams, body: TestRunRequest, response: errorAnswers } },
    async (request) => testRun(runtime, request.params.id, request.body),
  );

  app.get('/api/playbooks', { schema: { tags: ['playbooks'], summary: 'Every playbook with its status and counts' } }, async () => {
    const records = await playbooks.list();
    const jobs = await playbooks.activeJobs();
    return {
      playbooks: await Promise.all(
        records.map(async (record) => {
          const stats = await playbooks.stats(record.id);
          const draft = record.draft as { name?: string; description?: string; tags?: string[]; meta?: unknown };
          return {
            id: record.id,
            name: draft.name ?? record.id,
            description: draft.description ?? '',
            tags: draft.tags ?? [],
            meta: draft.meta ?? {},
            status: record.status,
            published_version: record.publishedVersion,
            published_at: record.publishedAt === null ? null : iso(record.publishedAt),
            updated_at: iso(record.updatedAt),
            entered: stats.runs.active + stats.runs.completed + stats.runs.exited,
            converted: stats.goal.converted,
            jobs: jobs.get(record.id) ?? [],
          };
        }),
      ),
    };
  });

  app.post(
    '/api/playbooks/validate',
    { ...bodyCheckedByHandler, schema: { tags: ['playbooks'], summary: 'Check a playbook without saving it', body: Playbook, querystring: Type.Object({ locale: LocaleQuery }) } },
    async (request) => {
      const result = playbooks.validate(request.body, request.query.locale);
      return { valid: result.valid, errors: result.errors.map(publicIssue), warnings: result.warnings.map(publicIssue) };
    },
  );

  app.post(
    '/api/playbooks',
    { ...bodyCheckedByHandler, schema: { tags: ['playbooks'], summary: 'Create a playbook draft', body: Playbook, querystring: SaveQuery, response: errorAnswers } },
    async (request, reply) => {
      return reply.status(201).send(await playbooks.create(request.body, request.query));
    },
  );

  app.put(
    '/api/playbooks/:id',
    { ...bodyCheckedByHandler, schema: { tags: ['playbooks'], summary: 'Save a new draft', params: PlaybookParams, body: Playbook, querystring: SaveQuery, response: errorAnswers } },
    async (request) => {
      return playbooks.update(request.params.id, request.body, request.query);
    },
  );

  app.get('/api/playbooks/:id', { schema: { tags: ['playbooks'], summary: 'The draft, the published version and the status', params: PlaybookParams, querystring: Type.Object({ locale: LocaleQuery }), response: errorAnswers } }, async (request) =>
    playbooks.view(request.params.id, request.query.locale),
  );

  app.delete('/api/playbooks/:id', { schema: { tags: ['playbooks'], summary: 'Delete a playbook that is not live', params: PlaybookParams, response: errorAnswers } }, async (request, reply) => {
    await playbooks.remove(request.params.id);
    return reply.status(204).send();
  });

  app.get('/api/playbooks/:id/versions', { schema: { tags: ['playbooks'], summary: 'Published versions, newest first', params: PlaybookParams } }, async (request) => {
    const versions = await playbooks.versions(request.params.id);
    return { versions: versions.map((v) => ({ version: v.version, published_at: iso(v.publishedAt) })) };
  });

  app.get(
    '/api/playbooks/:id/versions/:version',
    { schema: { tags: ['playbooks'], summary: 'One published version', params: Type.Object({ id: PlaybookParams.properties.id, version: Type.Integer({ minimum: 1 }) }), response: errorAnswers } },
    async (request) => {
      const record = await playbooks.version(request.params.id, request.params.version);
      return { version: record.version, published_at: iso(record.publishedAt), document: record.document };
    },
  );

  app.post(
    '/api/playbooks/:id/publish',
    { schema: { tags: ['playbooks'], summary: 'Validate the draft and make it the live version', params: PlaybookParams, querystring: Type.Object({ locale: LocaleQuery }), response: errorAnswers } },
    async (request) => playbooks.publish(request.params.id, request.query.locale),
  );

  app.post('/api/playbooks/:id/pause', { schema: { tags: ['playbooks'], summary: 'Stop new entries; customers inside finish their journey', params: PlaybookParams, response: errorAnswers } }, async (request) =>
    playbooks.pause(request.params.id),
  );

  app.post('/api/playbooks/:id/resume', { schema: { tags: ['playbooks'], summary: 'Take new entries again', params: PlaybookParams, response: errorAnswers } }, async (request) =>
    playbooks.resume(request.params.id),
  );

  app.post(
    '/api/playbooks/:id/enroll',
    {
      schema: {
        tags: ['playbooks'],
        summary: 'Enrol customers (manual trigger)',
        params: PlaybookParams,
        body: Type.Object({ customer_ids: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 10_000 }) }, { additionalProperties: false }),
        response: errorAnswers,
      },
    },
    async (request, reply) => {
      await playbooks.enroll(request.params.id, request.body.customer_ids);
      return reply.status(202).send({ enrolled: request.body.customer_ids.length });
    },
  );

  app.get(
    '/api/playbooks/:id/stats',
    {
      schema: {
        tags: ['playbooks'],
        summary: 'Per-step counts, runs, goal conversion, variants and holdout; with `days`, only customers who entered in the last N days',
        params: PlaybookParams,
        querystring: Type.Object({ days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, description: 'Count only runs that entered in the last N days (by the server clock)' })) }),
        response: errorAnswers,
      },
    },
    async (request) => playbooks.stats(request.params.id, request.query.days),
  );
};
