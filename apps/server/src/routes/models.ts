import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { readAtRiskRule, saveAtRiskRule } from '../predictions/atRiskSegment.ts';
import type { ModelFitter } from '../predictions/ModelFitter.ts';
import { ModelsView, modelsView } from '../predictions/modelsView.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import type { SegmentRecounter } from '../runtime/SegmentRecounter.ts';
import { answers } from './common.ts';

const AtRiskBody = Type.Union(
  [
    Type.Object({ rule: Type.Literal('silence') }, { additionalProperties: false }),
    Type.Object({ rule: Type.Literal('p_alive'), below: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, description: 'Probability alive, e.g. 0.3 for 30%.' }) }, { additionalProperties: false }),
  ],
  { description: 'silence: 2 or more orders but none for 60 to 180 days (the default); p_alive: probability alive below `below`.' },
);

/** The customer-base models (README, "Predictions"): what is fitted, refitting now, and the default at-risk segment's definition. */
export const modelRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime; fitter: ModelFitter; recounter: SegmentRecounter }> = async (app, { runtime, fitter, recounter }) => {
  const view = async () => {
    const store = runtime.store;
    const [fits, [fitting], atRisk] = await Promise.all([store.models.latest(), store.jobs.list({ kind: 'fit_models', status: 'active', limit: 1 }), readAtRiskRule(store)]);
    return modelsView(fits, fitting, atRisk, fits.find((f) => f.kind === 'churn')?.scoring ?? null);
  };

  app.get(
    '/api/models',
    { schema: { tags: ['models'], operationId: 'getModels', summary: 'The churn and value models fitted on the order history, and what scoring every customer found', response: answers({ 200: ModelsView }) } },
    view,
  );

  app.post(
    '/api/models/fit',
    {
      schema: {
        tags: ['models'],
        operationId: 'fitModels',
        summary: 'Refits the models on the order history up to now; answers once fitted (with the testing clock, once every customer is scored too)',
        response: answers({ 200: ModelsView }),
      },
    },
    async () => {
      const job = await fitter.request();
      await fitter.fitted(job, runtime.jobs.answerWaitMs === Number.POSITIVE_INFINITY);
      return view();
    },
  );

  app.put(
    '/api/models/at-risk',
    {
      schema: {
        tags: ['models'],
        operationId: 'setAtRiskRule',
        summary: 'Defines the default "at_risk" segment by silence or by probability alive; the segment is recounted',
        body: AtRiskBody,
        response: answers({ 200: ModelsView }, 'body'),
      },
    },
    async (request) => {
      await saveAtRiskRule(runtime.store, request.body, runtime.clock.now());
      await runtime.catalog.reload();
      await runtime.jobs.answer((await recounter.request()).id);
      return view();
    },
  );
};
