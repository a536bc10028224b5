import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { notFound } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import type { PreviewRunner } from '../services/preview/PreviewRunner.ts';
import { previewSpec } from '../services/preview/previewSpec.ts';
import { PreviewJob } from './answerSchemas.ts';
import { answers, LocaleQuery } from './common.ts';

const PlaybookParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const PreviewParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
/** The horizons the publish dialog offers. */
export const PREVIEW_HORIZONS = [7, 30, 90] as const;

const SimulateRequest = Type.Object(
  {
    horizon_days: Type.Union(
      PREVIEW_HORIZONS.map((d) => Type.Literal(d)),
      { description: 'How many days ahead to look: 7, 30 or 90.' },
    ),
    version: Type.Optional(Type.Literal('draft', { description: 'What to preview: the saved draft (the only choice for now).' })),
  },
  { additionalProperties: false },
);

/**
 * The publish preview (README, "Publish preview"): `POST /api/playbooks/:id/simulate` starts
 * one in a worker thread and answers 202 with the job; `GET /api/previews/:id` shows its
 * progress and, once done, its `result`; `DELETE` cancels it. With the testing clock the
 * POST waits for the preview and answers it finished.
 */
export const previewRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime; previews: PreviewRunner; waitForResult: boolean }> = async (app, { runtime, previews, waitForResult }) => {
  app.post(
    '/api/playbooks/:id/simulate',
    {
      schema: {
        tags: ['playbooks'],
        operationId: 'previewPublish',
        summary: 'Preview publishing the draft: who enters, what they receive, overlaps with live playbooks (a background job)',
        params: PlaybookParams,
        querystring: Type.Object({ locale: LocaleQuery }),
        body: SimulateRequest,
        response: answers({ 202: PreviewJob }, 'body', 404),
      },
    },
    async (request, reply) => {
      const { spec, sameTemplate } = await previewSpec(runtime, request.params.id, request.body.horizon_days, request.query.locale ?? 'en');
      const job = previews.start(request.params.id, spec, sameTemplate);
      return reply.status(202).send(waitForResult ? ((await previews.finished(job.id)) ?? job) : job);
    },
  );

  app.get('/api/previews/:id', { schema: { tags: ['playbooks'], operationId: 'getPreview', summary: 'A publish preview: its progress, and its result once done', params: PreviewParams, response: answers({ 200: PreviewJob }, 404) } }, async (request) => {
    const job = previews.get(request.params.id);
    if (job === undefined) throw notFound(`The preview ${quoteInput(request.params.id)}`);
    return job;
  });

  app.delete('/api/previews/:id', { schema: { tags: ['playbooks'], operationId: 'cancelPreview', summary: 'Cancel a publish preview', params: PreviewParams, response: answers({ 200: PreviewJob }, 404) } }, async (request) => {
    if (previews.get(request.params.id) === undefined) throw notFound(`The preview ${quoteInput(request.params.id)}`);
    await previews.cancel(request.params.id);
    // A cancelled preview is kept, as a finished one is.
    return previews.get(request.params.id)!;
  });
};
