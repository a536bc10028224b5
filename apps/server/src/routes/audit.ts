import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuditRecord, Store } from '@stayflow/store';
import Type from 'typebox';
import { HttpError } from '../plugins/errors.ts';
import { AuditPage } from './auditAnswers.ts';
import { answers, iso } from './common.ts';
import { Cursor, numberCursor, pageOf } from './paging.ts';

const Text = (description: string) => Type.Optional(Type.String({ minLength: 1, maxLength: 320, description }));
const AuditQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    cursor: Cursor,
    actor: Text('Only changes by this actor: a person’s email, a key’s name, or "local".'),
    action: Text('Only this action, e.g. `playbook.publish`.'),
    object_type: Text('Only changes to this kind of object, e.g. `playbook`.'),
    object_id: Text('Only changes to this object (with or without object_type).'),
    from: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601: only changes at or after this time.' })),
    to: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601: only changes before this time.' })),
  },
  { additionalProperties: false },
);

/** An ISO 8601 time of the query, or a 400 naming the parameter. */
function instantOf(name: 'from' | 'to', text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) throw new HttpError(400, 'bad_request', `"${name}" must be an ISO 8601 time, such as 2026-01-01 or 2026-01-01T00:00:00Z, not ${JSON.stringify(text.slice(0, 40))}.`);
  return at;
}

export const auditItem = (row: AuditRecord) => ({
  id: row.id,
  at: iso(row.at),
  actor: row.actor.name,
  actor_kind: row.actor.kind,
  actor_id: row.actor.id,
  action: row.action,
  object_type: row.objectType,
  object_id: row.objectId,
  version: row.version,
  detail: row.detail,
});

/** `GET /api/audit` (admins; README, "Audit log"): every recorded write, newest first, filtered, in pages. */
export const auditRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/api/audit',
    { schema: { tags: ['team'], operationId: 'listAudit', summary: 'The audit log: who changed what, newest first', querystring: AuditQuery, response: answers({ 200: AuditPage }) } },
    async (request) => {
      const { limit = 50, cursor, actor, action, object_type, object_id } = request.query;
      const from = instantOf('from', request.query.from);
      const to = instantOf('to', request.query.to);
      if (from !== undefined && to !== undefined && from > to) throw new HttpError(400, 'bad_request', '"from" must not be after "to".');
      const beforeId = numberCursor.read('audit', cursor);
      const rows = await store.audit.list({
        limit: limit + 1,
        ...(beforeId !== undefined ? { beforeId } : {}),
        ...(actor !== undefined ? { actorName: actor } : {}),
        ...(action !== undefined ? { action } : {}),
        ...(object_type !== undefined ? { objectType: object_type } : {}),
        ...(object_id !== undefined ? { objectId: object_id } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
      const page = pageOf(rows, limit, (row) => numberCursor.of('audit', row.id));
      return { items: page.rows.map(auditItem), next_cursor: page.next_cursor };
    },
  );
};
