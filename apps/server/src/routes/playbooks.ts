import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Playbook } from '@stayflow/playbook';
import Type from 'typebox';
import { Enrolled, Paused, PlaybookList, PlaybookStats, PlaybookView, Published, Resumed, TestRunResult, Validation, VersionDocument, VersionList } from './answerSchemas.ts';
import { answers, assertShape, bodyCheckedByHandler, iso, Limit, LocaleQuery, NoContent } from './common.ts';
import { Cursor, idCursor, numberCursor, pageInMemory, pageOf } from './paging.ts';
import { PublishRequest } from '../services/preview/PublishAcknowledgement.ts';
import { publicIssue, type PlaybookService } from '../services/playbookService.ts';
import { testRun, TestRunRequest } from '../services/testRun.ts';
import type { FourEyes } from '../services/fourEyes.ts';
import { LOCAL_ACTOR } from '../plugins/actor.ts';
import { PublishRequested } from './auditAnswers.ts';
import type { EnrolmentOutcome, Runtime } from '../runtime/Runtime.ts';

const PlaybookParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const SaveQuery = Type.Object({
  partial: Type.Optional(Type.Boolean({ description: 'Save work in progress even if it has problems (they block publishing, not saving). The editor autosaves this way.' })),
  locale: LocaleQuery,
});

export const playbookRoutes: FastifyPluginAsyncTypebox<{ playbooks: PlaybookService; fourEyes: FourEyes; runtime: Runtime }> = async (app, { playbooks, fourEyes, runtime }) => {
  app.post(
    '/api/playbooks/:id/test',
    { schema: { tags: ['playbooks'], operationId: 'testRunPlaybook', summary: 'Test run: what the playbook would do to one customer over the next days (nothing is stored or sent)', params: PlaybookParams, body: TestRunRequest, response: answers({ 200: TestRunResult }, 'body', 404) } },
    async (request) => testRun(runtime, request.params.id, request.body),
  );

  const PageQuery = Type.Object({ limit: Limit, cursor: Cursor });

  app.get('/api/playbooks', { schema: { tags: ['playbooks'], operationId: 'listPlaybooks', summary: 'Playbooks in id order with their status and counts', querystring: PageQuery, response: answers({ 200: PlaybookList }) } }, async (request) => {
    const { limit = 100, cursor } = request.query;
    const after = idCursor.read('playbooks', cursor);
    const byId = [...(await playbooks.list())].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const { rows: records, next_cursor } = pageOf(pageInMemory(byId, (p) => p.id, after, limit, (id, last) => id > last), limit, (p) => idCursor.of('playbooks', p.id));
    const jobs = await playbooks.activeJobs();
    return {
      next_cursor,
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
    { ...bodyCheckedByHandler, schema: { tags: ['playbooks'], operationId: 'validatePlaybook', summary: 'Check a playbook without saving it', response: answers({ 200: Validation }, 'body'), body: Playbook, querystring: Type.Object({ locale: LocaleQuery }) } },
    async (request) => {
      const result = playbooks.validate(request.body, request.query.locale);
      return { valid: result.valid, errors: result.errors.map(publicIssue), warnings: result.warnings.map(publicIssue) };
    },
  );

  app.post(
    '/api/playbooks',
    { ...bodyCheckedByHandler, schema: { tags: ['playbooks'], operationId: 'createPlaybook', summary: 'Create a playbook draft', body: Playbook, querystring: SaveQuery, response: answers({ 201: PlaybookView }, 'body', 409) } },
    async (request, reply) => {
      return reply.status(201).send(await playbooks.create(request.body, request.query));
    },
  );

  app.put(
    '/api/playbooks/:id',
    { ...bodyCheckedByHandler, schema: { tags: ['playbooks'], operationId: 'savePlaybook', summary: 'Save a new draft', params: PlaybookParams, body: Playbook, querystring: SaveQuery, response: answers({ 200: PlaybookView }, 'body') } },
    async (request) => {
      return playbooks.update(request.params.id, request.body, request.query);
    },
  );

  app.get('/api/playbooks/:id', { schema: { tags: ['playbooks'], operationId: 'getPlaybook', summary: 'The draft, the published version and the status', params: PlaybookParams, querystring: Type.Object({ locale: LocaleQuery }), response: answers({ 200: PlaybookView }, 404) } }, async (request) =>
    playbooks.view(request.params.id, request.query.locale),
  );

  app.delete('/api/playbooks/:id', { schema: { tags: ['playbooks'], operationId: 'deletePlaybook', summary: 'Delete a playbook that is not live', params: PlaybookParams, response: answers({ 204: NoContent('Deleted.') }, 404, 409) } }, async (request, reply) => {
    await playbooks.remove(request.params.id);
    return reply.status(204).send();
  });

  app.get('/api/playbooks/:id/versions', { schema: { tags: ['playbooks'], operationId: 'listPlaybookVersions', summary: 'Published versions, newest first', querystring: PageQuery, response: answers({ 200: VersionList }, 404), params: PlaybookParams } }, async (request) => {
    const { limit = 100, cursor } = request.query;
    const before = numberCursor.read('versions', cursor);
    const newestFirst = [...(await playbooks.versions(request.params.id))].sort((a, b) => b.version - a.version);
    const { rows, next_cursor } = pageOf(pageInMemory(newestFirst, (v) => v.version, before, limit, (version, last) => version < last), limit, (v) => numberCursor.of('versions', v.version));
    return { versions: rows.map((v) => ({ version: v.version, published_at: iso(v.publishedAt), acknowledged: v.acknowledged ?? null })), next_cursor };
  });

  app.get(
    '/api/playbooks/:id/versions/:version',
    { schema: { tags: ['playbooks'], operationId: 'getPlaybookVersion', summary: 'One published version', params: Type.Object({ id: PlaybookParams.properties.id, version: Type.Integer({ minimum: 1 }) }), response: answers({ 200: VersionDocument }, 404) } },
    async (request) => {
      const record = await playbooks.version(request.params.id, request.params.version);
      return { version: record.version, published_at: iso(record.publishedAt), acknowledged: record.acknowledged ?? null, document: record.document };
    },
  );

  app.post(
    '/api/playbooks/:id/publish',
    // The body is optional (an empty POST publishes): checked here, since Fastify's would refuse none.
    {
      ...bodyCheckedByHandler,
      schema: {
        tags: ['playbooks'],
        operationId: 'publishPlaybook',
        summary: 'Validate the draft and make it the live version (recording any overlaps published anyway); with four-eyes publishing on, ask for it to be approved instead (202)',
        params: PlaybookParams,
        querystring: Type.Object({ locale: LocaleQuery }),
        body: PublishRequest,
        response: answers({ 200: Published, 202: PublishRequested }, 'body', 404),
      },
    },
    async (request, reply) => {
      if (request.body !== undefined && request.body !== null) assertShape(PublishRequest, request.body);
      if (await fourEyes.isOn()) {
        const { approval, superseded } = await fourEyes.request(request.params.id, request.actor ?? LOCAL_ACTOR, request.query.locale ?? 'en', request.body?.acknowledged);
        request.auditDetail = { action: 'playbook.publish_requested', detail: { approval_id: approval.id, ...(superseded.length > 0 ? { superseded } : {}) } };
        return reply.status(202).send({ approval });
      }
      const published = await playbooks.publish(request.params.id, request.query.locale, request.body?.acknowledged);
      request.auditDetail = { version: published.version };
      return published;
    },
  );

  app.post('/api/playbooks/:id/pause', { schema: { tags: ['playbooks'], operationId: 'pausePlaybook', summary: 'Stop new entries; customers inside finish their journey', params: PlaybookParams, response: answers({ 200: Paused }, 404, 409) } }, async (request) =>
    playbooks.pause(request.params.id),
  );

  app.post('/api/playbooks/:id/resume', { schema: { tags: ['playbooks'], operationId: 'resumePlaybook', summary: 'Take new entries again', params: PlaybookParams, response: answers({ 200: Resumed }, 404, 409) } }, async (request) =>
    playbooks.resume(request.params.id),
  );

  app.post(
    '/api/playbooks/:id/enroll',
    {
      schema: {
        tags: ['playbooks'],
        operationId: 'enrollCustomers',
        summary: 'Enrol customers (manual trigger)',
        params: PlaybookParams,
        body: Type.Object(
          {
            customer_ids: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 10_000 }),
            create_missing: Type.Optional(Type.Boolean({ default: false, description: 'Create the customers not stored yet (with no attributes) and enrol them; by default they are skipped as `unknown`.' })),
          },
          { additionalProperties: false },
        ),
        response: answers({ 202: Enrolled }, 'body', 404, 409),
      },
    },
    async (request, reply) => {
      const outcomes = await playbooks.enroll(request.params.id, request.body.customer_ids, { createMissing: request.body.create_missing === true });
      const enrolled: string[] = [];
      const skipped: { customer_id: string; reason: Exclude<EnrolmentOutcome, 'started'> }[] = [];
      for (const [customerId, outcome] of outcomes) {
        if (outcome === 'started') enrolled.push(customerId);
        else skipped.push({ customer_id: customerId, reason: outcome });
      }
      return reply.status(202).send({ enrolled: enrolled.length, enrolled_ids: enrolled, skipped });
    },
  );

  app.get(
    '/api/playbooks/:id/stats',
    {
      schema: {
        tags: ['playbooks'],
        operationId: 'getPlaybookStats',
        summary: 'Per-step counts, runs, goal conversion, variants and holdout; with `days`, only customers who entered in the last N days',
        params: PlaybookParams,
        querystring: Type.Object({ days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, description: 'Count only runs that entered in the last N days (by the server clock)' })) }),
        response: answers({ 200: PlaybookStats }, 404),
      },
    },
    async (request) => playbooks.stats(request.params.id, request.query.days),
  );
};
