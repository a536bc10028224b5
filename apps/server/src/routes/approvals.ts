import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { LOCAL_ACTOR } from '../plugins/actor.ts';
import type { FourEyes } from '../services/fourEyes.ts';
import { ApprovalAnswer, ApprovalPage, ApprovalPublished, ApprovalStatusSchema } from './auditAnswers.ts';
import { answers, LocaleQuery } from './common.ts';
import { Cursor, pageOf, positionCursor } from './paging.ts';

const ApprovalParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const RejectBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S', description: 'Why, for the requester: what to change before asking again.' }) },
  { additionalProperties: false },
);

/**
 * Four-eyes publishing (README, "Four-eyes publishing"): the publish requests, and approving
 * (publishes exactly the requested snapshot) or rejecting them. The request itself is
 * `POST /api/playbooks/:id/publish` while the workspace's four_eyes setting is on.
 */
export const approvalRoutes: FastifyPluginAsyncTypebox<{ fourEyes: FourEyes }> = async (app, { fourEyes }) => {
  app.get(
    '/api/approvals',
    {
      schema: {
        tags: ['team'],
        operationId: 'listApprovals',
        summary: 'Publish requests, newest first (`?status=pending`: those waiting for a decision)',
        querystring: Type.Object(
          { status: Type.Optional(ApprovalStatusSchema), playbook: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })), cursor: Cursor },
          { additionalProperties: false },
        ),
        response: answers({ 200: ApprovalPage }),
      },
    },
    async (request) => {
      const { status, playbook, limit = 50, cursor } = request.query;
      const before = positionCursor.read('approvals', cursor);
      const { views, records } = await fourEyes.list({ limit: limit + 1, ...(status ? { status } : {}), ...(playbook ? { playbookId: playbook } : {}), ...(before ? { before } : {}) });
      const page = pageOf(records, limit, (row) => positionCursor.of('approvals', { at: row.requestedAt, id: row.id }));
      return { items: views.slice(0, page.rows.length), next_cursor: page.next_cursor };
    },
  );

  app.get(
    '/api/approvals/:id',
    { schema: { tags: ['team'], operationId: 'getApproval', summary: 'One publish request', params: ApprovalParams, response: answers({ 200: ApprovalAnswer }, 404) } },
    async (request) => ({ approval: await fourEyes.get(request.params.id) }),
  );

  app.post(
    '/api/approvals/:id/approve',
    {
      schema: {
        tags: ['team'],
        operationId: 'approvePublish',
        summary: 'Approve a publish request: publishes exactly the requested draft (not one’s own request)',
        params: ApprovalParams,
        querystring: Type.Object({ locale: LocaleQuery }),
        response: answers({ 200: ApprovalPublished }, 404, 409),
      },
    },
    async (request) => {
      const result = await fourEyes.approve(request.params.id, request.actor ?? LOCAL_ACTOR, request.query.locale ?? 'en');
      request.auditDetail = { version: result.approval.version };
      return result;
    },
  );

  app.post(
    '/api/approvals/:id/reject',
    {
      schema: {
        tags: ['team'],
        operationId: 'rejectPublish',
        summary: 'Reject a publish request, with the reason (the requester rejecting their own withdraws it)',
        params: ApprovalParams,
        body: RejectBody,
        response: answers({ 200: ApprovalAnswer }, 'body', 404, 409),
      },
    },
    async (request) => {
      const approval = await fourEyes.reject(request.params.id, request.actor ?? LOCAL_ACTOR, request.body.reason.trim());
      if (approval.status === 'withdrawn') request.auditDetail = { action: 'playbook.publish_withdrawn' };
      return { approval };
    },
  );
};
