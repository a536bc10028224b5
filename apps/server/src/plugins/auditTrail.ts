import type { ActorRef, NewAuditRecord } from '@stayflow/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LOCAL_ACTOR } from './actor.ts';

/** What a handler adds to its request's audit row (`request.auditDetail`): the version it produced, counts, or a different action (a publish that became a request). */
export interface AuditDetail {
  action?: string;
  objectId?: string | null;
  version?: number | null;
  detail?: Record<string, unknown>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by a write handler to add to the audit row of its request (plugins/auditTrail.ts). */
    auditDetail: AuditDetail | undefined;
    /**
     * The request's audit row as it would be written after a 2xx answer, for a handler that
     * writes it in its own write's transaction (`Runtime.ingest`), then sets `auditWritten`.
     * Only for routes whose row needs nothing of the answer; undefined for a route with none.
     */
    auditRecord(): NewAuditRecord | undefined;
    /** Set by a handler that wrote `auditRecord()` itself: no row is appended after the answer. */
    auditWritten: boolean;
  }
  interface FastifyInstance {
    /** Every write route registered, with its line of the audit table (undefined: it has none, which a test refuses). */
    auditedRoutes: { method: string; url: string; rule: AuditRule | undefined }[];
  }
}

/** What the audit row of a write says, from the request (and, for ids only the answer knows, the answer). */
interface Recorded {
  action: string;
  objectType: string;
  /** The object's id: from the route parameters, the body or the answer. */
  objectId?: (request: FastifyRequest, answer: () => unknown) => string | null;
  /** Small facts; never passwords or key text. */
  detail?: (request: FastifyRequest, answer: () => unknown) => Record<string, unknown> | undefined;
  /** Who acted, when it is not `request.actor` (signing in: the person who just signed in). */
  actor?: (request: FastifyRequest, answer: () => unknown) => ActorRef | undefined;
}

/** A write that changes nothing kept (a preview, a test run, a check): not recorded, and the reason says why. */
interface Exempt {
  exempt: string;
}

export type AuditRule = Recorded | Exempt;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const field = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((at, key) => (isRecord(at) ? at[key] : undefined), value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const param = (name: string) => (request: FastifyRequest) => text(field(request.params, name));
const fromBody = (...path: string[]) => (request: FastifyRequest) => text(field(request.body, ...path));
const fromAnswer = (...path: string[]) => (_request: FastifyRequest, answer: () => unknown) => text(field(answer(), ...path));
const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
/** The fields a PATCH changed, by name, with their new values where they are plain facts (never a password). */
const changed = (allowed: readonly string[]) => (request: FastifyRequest) =>
  isRecord(request.body) ? Object.fromEntries(Object.entries(request.body).filter(([key]) => allowed.includes(key))) : undefined;

const SEGMENT_INTEGRATION = '/api/integrations/segment/v1/';

/**
 * THE table of what the audit log records for each write route (`METHOD /registered/url`, or a
 * prefix ending in `*`); apps/server README, "Audit log". Every POST, PUT, PATCH and DELETE
 * route must have a line: `test/auditTrail.test.ts` enumerates the registered routes and fails
 * on one without. Previews, test runs and checks change nothing kept, so they are exempt, by
 * name, with the reason.
 */
export const AUDIT_TABLE: Readonly<Record<string, AuditRule>> = {
  // Playbooks.
  'POST /api/playbooks': { action: 'playbook.create', objectType: 'playbook', objectId: fromBody('id') },
  'PUT /api/playbooks/:id': { action: 'playbook.update', objectType: 'playbook', objectId: param('id') },
  'DELETE /api/playbooks/:id': { action: 'playbook.delete', objectType: 'playbook', objectId: param('id') },
  // The handler adds the version, or turns it into `playbook.publish_requested` with four-eyes on.
  'POST /api/playbooks/:id/publish': { action: 'playbook.publish', objectType: 'playbook', objectId: param('id') },
  'POST /api/playbooks/:id/pause': { action: 'playbook.pause', objectType: 'playbook', objectId: param('id') },
  'POST /api/playbooks/:id/resume': { action: 'playbook.resume', objectType: 'playbook', objectId: param('id') },
  'POST /api/playbooks/:id/enroll': { action: 'playbook.enroll', objectType: 'playbook', objectId: param('id'), detail: (request) => ({ count: lengthOf(field(request.body, 'customer_ids')) }) },
  'POST /api/playbooks/validate': { exempt: 'checks a document; nothing is stored' },
  'POST /api/playbooks/:id/test': { exempt: 'a test run; nothing is stored or sent' },
  'POST /api/playbooks/:id/simulate': { exempt: 'a publish preview; nothing is stored or sent' },
  'DELETE /api/previews/:id': { exempt: 'cancels a publish preview; nothing kept changes' },
  // Four-eyes publishing (the request itself is the publish route's row).
  'POST /api/approvals/:id/approve': { action: 'playbook.publish_approved', objectType: 'playbook', objectId: fromAnswer('approval', 'playbook_id'), detail: (request) => ({ approval_id: param('id')(request) }) },
  'POST /api/approvals/:id/reject': {
    action: 'playbook.publish_rejected',
    objectType: 'playbook',
    objectId: fromAnswer('approval', 'playbook_id'),
    detail: (request) => ({ approval_id: param('id')(request), reason: field(request.body, 'reason') }),
  },
  // Segments and the at-risk rule (which defines the default "at_risk" segment).
  'PUT /api/segments/:name': { action: 'segment.save', objectType: 'segment', objectId: param('name') },
  'DELETE /api/segments/:name': { action: 'segment.delete', objectType: 'segment', objectId: param('name') },
  'PUT /api/models/at-risk': { action: 'segment.save', objectType: 'segment', objectId: () => 'at_risk', detail: () => ({ via: 'at_risk_rule' }) },
  'POST /api/models/fit': { action: 'models.fit', objectType: 'models', objectId: () => null },
  // Customers and events.
  'PUT /api/customers/:id': { action: 'customer.upsert', objectType: 'customer', objectId: param('id') },
  'POST /api/customers/batch': { action: 'customers.batch', objectType: 'customer', objectId: () => null, detail: (request) => ({ count: lengthOf(field(request.body, 'customers')) }) },
  // An erasure is on record, but not whom it erased: keeping the id would keep the customer (the erasure also forgets them in earlier rows).
  'DELETE /api/customers/:id': { action: 'customer.erase', objectType: 'customer', objectId: () => null },
  'POST /api/events': { action: 'events.ingest', objectType: 'events', objectId: () => null, detail: (request) => ({ count: isRecord(request.body) && Array.isArray(request.body.events) ? request.body.events.length : 1 }) },
  [`POST ${SEGMENT_INTEGRATION}*`]: {
    action: 'events.ingest',
    objectType: 'events',
    objectId: () => null,
    detail: (request) => ({ source: 'segment', call: request.routeOptions.url?.slice(SEGMENT_INTEGRATION.length), ...(isRecord(request.body) && Array.isArray(request.body.batch) ? { count: request.body.batch.length } : { count: 1 }) }),
  },
  'POST /api/tasks/:id': { action: 'task.update', objectType: 'task', objectId: param('id'), detail: (request) => ({ status: field(request.body, 'status') }) },
  'POST /api/clock/advance': { action: 'clock.advance', objectType: 'clock', objectId: () => null, detail: (request) => ({ by: field(request.body, 'by') }) },
  // Sign-in, people, keys, settings (routes/session.ts and A's admin routes).
  'POST /api/session': {
    action: 'session.sign_in',
    objectType: 'person',
    objectId: fromAnswer('person', 'id'),
    actor: (_request, answer) => {
      const id = text(field(answer(), 'person', 'id'));
      const email = text(field(answer(), 'person', 'email'));
      return id !== null && email !== null ? { kind: 'person', id, name: email } : undefined;
    },
  },
  'DELETE /api/session': { action: 'session.sign_out', objectType: 'person', objectId: (request) => request.actor?.id ?? null },
  'POST /api/session/password': { action: 'person.password', objectType: 'person', objectId: (request) => request.actor?.id ?? null },
  'POST /api/people': { action: 'person.create', objectType: 'person', objectId: fromAnswer('id'), detail: (_request, answer) => ({ email: field(answer(), 'email'), role: field(answer(), 'role') }) },
  'PATCH /api/people/:id': { action: 'person.update', objectType: 'person', objectId: param('id'), detail: changed(['name', 'role', 'disabled']) },
  'DELETE /api/people/:id': { action: 'person.delete', objectType: 'person', objectId: param('id') },
  'POST /api/keys': { action: 'key.create', objectType: 'key', objectId: fromAnswer('id'), detail: (_request, answer) => ({ name: field(answer(), 'name'), role: field(answer(), 'role') }) },
  'DELETE /api/keys/:id': { action: 'key.delete', objectType: 'key', objectId: param('id') },
  'PATCH /api/settings': { action: 'settings.update', objectType: 'settings', objectId: () => 'workspace', detail: changed(['four_eyes']) },
};

/** The line of the audit table for a route: its own, else the longest prefix ending in `*` that holds it. */
export function auditRuleOf(method: string, url: string): AuditRule | undefined {
  const key = `${method.toUpperCase()} ${url}`;
  const exact = AUDIT_TABLE[key];
  if (exact !== undefined) return exact;
  const prefixes = Object.keys(AUDIT_TABLE)
    .filter((entry) => entry.endsWith('*') && key.startsWith(entry.slice(0, -1)))
    .sort((a, b) => b.length - a.length);
  return prefixes[0] === undefined ? undefined : AUDIT_TABLE[prefixes[0]];
}

export interface AuditTrailOptions {
  append: (entry: NewAuditRecord) => Promise<number>;
  /** The runtime clock (the testing clock in tests), as every other time the store keeps. */
  now: () => number;
}

/**
 * Records every successful write (POST, PUT, PATCH or DELETE answered 2xx) in the audit log,
 * with `request.actor`, before the answer leaves: a write that was answered is on record. A
 * failed write (4xx, 5xx) is not recorded. A handler whose write has a transaction may write
 * the row in it instead (`request.auditRecord()`, then `request.auditWritten`), so that it
 * commits with the write and costs no transaction of its own (event ingestion does). Register
 * before the routes: it also lists every write route with its line of AUDIT_TABLE (`app.auditedRoutes`).
 */
export const auditTrailPlugin = fp(async (app: FastifyInstance, options: AuditTrailOptions) => {
  app.decorateRequest('auditDetail', undefined);
  const routes: FastifyInstance['auditedRoutes'] = [];
  app.decorate('auditedRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (WRITES.has(method.toUpperCase())) routes.push({ method: method.toUpperCase(), url: route.url, rule: auditRuleOf(method, route.url) });
    }
  });

  /** The row of a write the audit table records (undefined: a route it exempts or does not know), `answer` giving the parsed answer. */
  const recordOf = (request: FastifyRequest, answer: () => unknown): NewAuditRecord | undefined => {
    const url = request.routeOptions.url;
    const rule = url === undefined ? undefined : auditRuleOf(request.method, url);
    if (rule === undefined || 'exempt' in rule) return undefined;
    const added = request.auditDetail ?? {};
    const actor = rule.actor?.(request, answer) ?? request.actor ?? LOCAL_ACTOR;
    const detail = { ...(rule.detail?.(request, answer) ?? {}), ...(added.detail ?? {}) };
    return {
      at: options.now(),
      actor: { kind: actor.kind, id: actor.id, name: actor.name },
      action: added.action ?? rule.action,
      objectType: rule.objectType,
      objectId: added.objectId !== undefined ? added.objectId : (rule.objectId?.(request, answer) ?? null),
      version: added.version ?? null,
      detail: Object.keys(detail).length > 0 ? detail : null,
    };
  };
  app.decorateRequest('auditWritten', false);
  app.decorateRequest('auditRecord', function (this: FastifyRequest) {
    return recordOf(this, () => {
      throw new Error(`The audit row of ${this.method} ${this.routeOptions.url} needs the answer: it cannot be written before it.`);
    });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!WRITES.has(request.method) || reply.statusCode < 200 || reply.statusCode >= 300 || request.auditWritten) return payload;
    // A retry answered from the Idempotency-Key store changed nothing: the first answer's row is the record.
    if (reply.getHeader('idempotent-replayed') !== undefined) return payload;
    let parsed: unknown;
    const entry = recordOf(request, () => (parsed ??= typeof payload === 'string' && payload !== '' ? JSON.parse(payload) : null));
    if (entry !== undefined) await options.append(entry);
    return payload;
  });
});
