import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { notFound } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { JobView, jobView } from '../services/jobView.ts';
import { answers, IdFilter, IdParams, Limit } from './common.ts';
import { Cursor, NextCursor, numberCursor, pageOf } from './paging.ts';

const JobList = Type.Object(
  { jobs: Type.Array(JobView), next_cursor: NextCursor },
  { additionalProperties: false, description: 'Jobs, newest queued first.' },
);

/** Background jobs (README, "Background jobs"): what bulk work is queued, running or finished, and how far it got. */
export const jobRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.get(
    '/api/jobs',
    {
      schema: {
        tags: ['jobs'],
        operationId: 'listJobs',
        summary: 'Background jobs, newest first: enrolment, date arming, schedule firings, sweeps, pruning',
        querystring: Type.Object({
          playbook: IdFilter,
          status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('finished')], { description: 'active: queued or running; finished: done, failed or cancelled.' })),
          limit: Limit,
          cursor: Cursor,
        }),
        response: answers({ 200: JobList }),
      },
    },
    async (request) => {
      const { playbook, status, limit = 100, cursor } = request.query;
      const beforeSeq = numberCursor.read('jobs', cursor);
      const read = await runtime.store.jobs.list({ ...(playbook !== undefined ? { playbookId: playbook } : {}), ...(status !== undefined ? { status } : {}), ...(beforeSeq !== undefined ? { beforeSeq } : {}), limit: limit + 1 });
      const { rows, next_cursor } = pageOf(read, limit, (job) => numberCursor.of('jobs', job.seq));
      return { jobs: rows.map(jobView), next_cursor };
    },
  );

  app.get(
    '/api/jobs/:id',
    {
      schema: { tags: ['jobs'], operationId: 'getJob', summary: 'One background job and its progress', params: IdParams, response: answers({ 200: JobView }, 404) },
    },
    async (request) => {
      const job = await runtime.store.jobs.get(request.params.id);
      if (!job) throw notFound(`The job ${quoteInput(request.params.id)}`);
      return jobView(job);
    },
  );
};
