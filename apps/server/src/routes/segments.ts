import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { checkCondition } from '@stayflow/playbook';
import Type from 'typebox';
import { HttpError, invalidInput, notFound } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import type { SegmentRecounter } from '../runtime/SegmentRecounter.ts';
import { publicIssue } from '../services/playbookService.ts';
import { describeCustomer } from '@stayflow/engine';
import { SegmentList, SegmentMembers, SegmentSaved } from './answerSchemas.ts';
import { answers, iso, Limit, LocaleQuery, NoContent } from './common.ts';
import { Cursor, idCursor, pageInMemory, pageOf } from './paging.ts';

const SegmentParams = Type.Object({ name: Type.String({ pattern: '^[a-z0-9_][a-z0-9_-]{0,63}$', description: 'Lower-case letters, digits, "_" and "-".' }) });
const SegmentBody = Type.Object({ if: Type.Unknown({ description: 'A JSON Logic condition over the customer (no event).' }), description: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });

/** A segment needs a rule; `null` is JSON Logic for "no value", not a rule. */
const NO_RULE = {
  en: '$.if must be a JSON Logic rule, such as {"==": [{"var": "tier"}, "gold"]}, not null.',
  'zh-CN': '$.if 必须是一条 JSON Logic 规则，例如 {"==": [{"var": "tier"}, "gold"]}，不能是 null。',
} as const;

const SEGMENT_REFUSED = {
  en: (name: string) => `The rule of segment "${name}" is refused: `,
  'zh-CN': (name: string) => `分群 "${name}" 的规则未被接受：`,
} as const;

export const segmentRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime; recounter: SegmentRecounter }> = async (app, { runtime, recounter }) => {
  /** After a rule changed: recount everyone, answering once done or after the runner's wait (the count goes on in the background). */
  const recount = async () => {
    const job = await recounter.request();
    await runtime.jobs.answer(job.id);
  };

  app.get(
    '/api/segments',
    {
      schema: {
        tags: ['segments'],
        operationId: 'listSegments',
        summary: 'Segments in name order with their member counts, kept as customers change and as time alone moves them (members_counted_at: the last full recount)',
        querystring: Type.Object({ limit: Limit, cursor: Cursor }),
        response: answers({ 200: SegmentList }),
      },
    },
    async (request) => {
      const { limit = 100, cursor } = request.query;
      const after = idCursor.read('segments', cursor);
      const [records, counts, countedAt, [recounting]] = await Promise.all([
        runtime.store.segments.list(),
        runtime.store.segments.memberCounts(),
        recounter.countedAt(),
        runtime.store.jobs.list({ kind: 'recount', status: 'active', limit: 1 }),
      ]);
      const byName = [...records].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const { rows, next_cursor } = pageOf(pageInMemory(byName, (s) => s.name, after, limit, (name, last) => name > last), limit, (s) => idCursor.of('segments', s.name));
      return {
        segments: rows.map((s) => ({ name: s.name, if: s.rule, description: s.description, members: counts[s.name] ?? 0, updated_at: iso(s.updatedAt) })),
        members_counted_at: countedAt === null ? null : iso(countedAt),
        recounting: recounting !== undefined,
        next_cursor,
      };
    },
  );

  app.get(
    '/api/segments/:name/members',
    {
      schema: {
        tags: ['segments'],
        operationId: 'listSegmentMembers',
        summary: 'The members of a segment, a page at a time in id order (what its CSV export walks)',
        params: SegmentParams,
        querystring: Type.Object({ limit: Limit, cursor: Cursor }),
        response: answers({ 200: SegmentMembers }, 404),
      },
    },
    async (request) => {
      const { name } = request.params;
      const { limit = 100, cursor } = request.query;
      const after = idCursor.read(`segment ${name} members`, cursor) ?? null;
      if (!(await runtime.store.segments.get(name))) throw notFound(`The segment ${quoteInput(name)}`);
      const read = await runtime.store.customers.inSegment(name, after, limit + 1);
      const { rows, next_cursor } = pageOf(read, limit, (record) => idCursor.of(`segment ${name} members`, record.id));
      const now = runtime.clock.now();
      return {
        segment: name,
        next_cursor,
        customers: rows.map((record) => {
          const view = describeCustomer(record.world.customer, runtime.catalog.segments, now);
          return { id: record.id, attributes: record.attributes, tags: record.tags, metrics: view.metrics, segments: view.segments, updated_at: iso(record.updatedAt) };
        }),
      };
    },
  );

  app.put(
    '/api/segments/:name',
    { schema: { tags: ['segments'], operationId: 'putSegment', summary: 'Create or change a segment', params: SegmentParams, querystring: Type.Object({ locale: LocaleQuery }), body: SegmentBody, response: answers({ 200: SegmentSaved }, 'body') } },
    async (request) => {
      const { name } = request.params;
      if (request.body.if === null) {
        const problem = { code: 'segment.no_rule', message: NO_RULE[request.query.locale ?? 'en'], path: '$.if' };
        throw invalidInput('invalid_segment', [problem]);
      }
      const issues = checkCondition(request.body.if, { locale: request.query.locale, path: ['if'] });
      if (issues.length > 0) {
        // The answer names the segment; each problem keeps its own message and path.
        const refused = invalidInput('invalid_segment', issues.map(publicIssue));
        throw new HttpError(400, refused.code, `${SEGMENT_REFUSED[request.query.locale ?? 'en'](name)}${refused.message}`, refused.errors);
      }
      await runtime.store.segments.put({ name, rule: request.body.if, description: request.body.description ?? null, updatedAt: runtime.clock.now() });
      await runtime.catalog.reload();
      await recount();
      return { name, if: request.body.if, description: request.body.description ?? null };
    },
  );

  app.delete('/api/segments/:name', { schema: { tags: ['segments'], operationId: 'deleteSegment', summary: 'Delete a segment', params: SegmentParams, response: answers({ 204: NoContent('Deleted; members are recounted.') }, 404) } }, async (request, reply) => {
    if (!(await runtime.store.segments.remove(request.params.name))) throw notFound(`The segment ${quoteInput(request.params.name)}`);
    await runtime.catalog.reload();
    await recount();
    return reply.status(204).send();
  });
};
