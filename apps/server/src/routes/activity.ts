import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { notFound } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { messageFields, stepAnswer } from './activityAnswers.ts';
import { MessageList, RunList, TaskList, TaskSaved } from './answerSchemas.ts';
import { answers, IdFilter, IdParams, iso, Limit } from './common.ts';
import { Cursor, pageOf, positionCursor } from './paging.ts';

const RunsQuery = Type.Object({
  playbook: IdFilter,
  customer: IdFilter,
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('completed'), Type.Literal('exited')])),
  limit: Limit,
  cursor: Cursor,
});

export const activityRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  const { activity } = runtime.store;

  app.get('/api/runs', { schema: { tags: ['activity'], operationId: 'listRuns', summary: 'Runs, newest first, each with its step timeline', querystring: RunsQuery, response: answers({ 200: RunList }) } }, async (request) => {
    const { playbook, customer, status, limit = 100, cursor } = request.query;
    const before = positionCursor.read('runs', cursor);
    const read = await activity.runs({ limit: limit + 1, ...(playbook ? { playbookId: playbook } : {}), ...(customer ? { customerId: customer } : {}), ...(status ? { status } : {}), ...(before ? { before } : {}) });
    const { rows: runs, next_cursor } = pageOf(read, limit, (run) => positionCursor.of('runs', { at: run.enteredAt, id: run.id }));
    const steps = await activity.steps(runs.map((r) => r.id));
    return {
      runs: runs.map((run) => ({
        id: run.id,
        playbook: run.playbookId,
        playbook_id: run.playbookId,
        version: run.version,
        customer: run.customerId,
        customer_id: run.customerId,
        status: run.status,
        exit_reason: run.exitReason,
        control: run.control,
        variant: run.variant,
        entered_at: iso(run.enteredAt),
        ended_at: iso(run.endedAt),
        converted_at: iso(run.convertedAt),
        steps: steps.filter((s) => s.runId === run.id).map(stepAnswer),
      })),
      next_cursor,
    };
  });

  app.get(
    '/api/messages',
    {
      schema: {
        tags: ['activity'],
        operationId: 'listMessages',
        summary: 'The message log: every message playbooks sent, newest first',
        querystring: Type.Object({ customer: IdFilter, playbook: IdFilter, limit: Limit, cursor: Cursor }),
        response: answers({ 200: MessageList }),
      },
    },
    async (request) => {
      const { customer, playbook, limit = 100, cursor } = request.query;
      const before = positionCursor.read('messages', cursor);
      const read = await activity.messages({ limit: limit + 1, ...(customer ? { customerId: customer } : {}), ...(playbook ? { playbookId: playbook } : {}), ...(before ? { before } : {}) });
      const { rows: messages, next_cursor } = pageOf(read, limit, (m) => positionCursor.of('messages', { at: m.at, id: m.key }));
      return {
        messages: messages.map((m) => ({
          id: m.key,
          customer: m.customerId,
          customer_id: m.customerId,
          ...messageFields(m),
          playbook_id: m.playbookId,
          run_id: m.runId,
          delivered_externally: m.status === 'sent',
          at: iso(m.sentAt ?? m.at),
          created_at: iso(m.at),
        })),
        next_cursor,
      };
    },
  );

  app.get(
    '/api/tasks',
    {
      schema: {
        tags: ['activity'],
        operationId: 'listTasks',
        summary: 'Follow-up tasks created by playbooks, newest first',
        response: answers({ 200: TaskList }),
        querystring: Type.Object({ customer: IdFilter, status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('cancelled')])), limit: Limit, cursor: Cursor }),
      },
    },
    async (request) => {
      const { customer, status, limit = 100, cursor } = request.query;
      const before = positionCursor.read('tasks', cursor);
      const read = await activity.tasks({ limit: limit + 1, ...(customer ? { customerId: customer } : {}), ...(status ? { status } : {}), ...(before ? { before } : {}) });
      const { rows: tasks, next_cursor } = pageOf(read, limit, (t) => positionCursor.of('tasks', { at: t.createdAt, id: t.id }));
      return {
        tasks: tasks.map((t) => ({
          id: t.id,
          customer: t.customerId,
          customer_id: t.customerId,
          playbook: t.playbookId,
          playbook_id: t.playbookId,
          node: t.node,
          title: t.title,
          assignee: t.assignee,
          status: t.status,
          created_at: iso(t.createdAt),
          due_at: iso(t.dueAt),
          closed_at: iso(t.closedAt),
        })),
        next_cursor,
      };
    },
  );

  app.post(
    '/api/tasks/:id',
    {
      schema: {
        tags: ['activity'],
        operationId: 'setTaskStatus',
        summary: 'Close or reopen a task',
        params: IdParams,
        body: Type.Object({ status: Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('cancelled')]) }, { additionalProperties: false }),
        response: answers({ 200: TaskSaved }, 'body', 404),
      },
    },
    async (request) => {
      if (!(await activity.setTaskStatus(request.params.id, request.body.status, runtime.clock.now()))) throw notFound(`The task ${quoteInput(request.params.id)}`);
      return { id: request.params.id, status: request.body.status };
    },
  );
};
