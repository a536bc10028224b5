import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { HttpError } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import type { IncomingEvent, Runtime } from '../runtime/Runtime.ts';
import { standardEventProblem } from '../services/standardEventProblem.ts';
import { Ingested } from './answerSchemas.ts';
import { answers, assertShape, bodyCheckedByHandler, CustomerId, parseInstant } from './common.ts';

const Event = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Your id for the event; the same id twice is accepted once.' })),
    customer_id: CustomerId,
    type: Type.String({ minLength: 1, maxLength: 100, description: 'order_placed, nps_submitted, feedback_submitted, or any of your own.' }),
    at: Type.Optional(Type.String({ maxLength: 100, description: 'ISO 8601; defaults to now. More than 72 hours ago: history, which feeds metrics only; more than 24 hours ahead of the server clock: refused.' })),
    properties: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);

const Batch = Type.Object({ events: Type.Array(Event, { maxItems: 10_000 }) }, { additionalProperties: false });
const EventsBody = Type.Union([Event, Batch]);

type EventBody = Type.Static<typeof Event>;

/**
 * How far after the server clock's now an event may be dated: clients' clocks drift and time
 * zones get mixed up, but an event dated next year would corrupt every "days since" metric.
 */
export const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

/** How many conflicting event ids a batch's answer lists (`conflicts` counts them all). */
const MAX_CONFLICT_IDS = 100;

/** Checks what the schema cannot: readable times no later than the tolerance allows, and the standard events' properties. */
function toIncoming(event: EventBody, index: number | null, now: number): IncomingEvent {
  const where = index === null ? '' : `events[${index}]: `;
  const at = parseInstant(event.at);
  if (at !== undefined && Number.isNaN(at)) throw new HttpError(400, 'bad_event', `${where}"at" must be an ISO 8601 time such as 2026-03-01T09:30:00Z, not ${quoteInput(event.at)}.`);
  if (at !== undefined && at > now + FUTURE_TOLERANCE_MS) {
    throw new HttpError(400, 'bad_event', `${where}"at" (${new Date(at).toISOString()}) is more than 24 hours after the server's time (${new Date(now).toISOString()}); send events when they happen.`);
  }
  const properties = event.properties ?? {};
  const problem = standardEventProblem(event.type, properties);
  if (problem !== null) throw new HttpError(400, 'bad_event', `${where}${problem}`);
  return { customer_id: event.customer_id, type: event.type, properties, ...(event.id !== undefined ? { id: event.id } : {}), ...(at !== undefined ? { at } : {}) };
}

export const eventRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.post(
    '/api/events',
    {
      ...bodyCheckedByHandler,
      schema: {
        tags: ['events'],
        operationId: 'sendEvents',
        summary: 'Send one event, or { events: [...] } in one transaction',
        body: EventsBody,
        response: answers({ 202: Ingested }, 'body', 409),
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new HttpError(400, 'validation_failed', 'Send one event { "customer_id", "type", … } or { "events": [ … ] }.');
      }
      let events: IncomingEvent[];
      const now = runtime.clock.now();
      if ('events' in body) {
        assertShape(Batch, body);
        events = (body as Type.Static<typeof Batch>).events.map((e, i) => toIncoming(e, i, now));
      } else {
        assertShape(Event, body);
        events = [toIncoming(body as EventBody, null, now)];
      }
      const { accepted, duplicates, conflicts, conflictIds, audited } = await runtime.ingest(events, request.auditRecord());
      request.auditWritten = audited;
      if (!('events' in body)) {
        if (conflicts > 0) throw new HttpError(409, 'conflict', `The event id ${quoteInput(conflictIds[0]!)} is already used by another event (another customer, type, time or properties); give each event its own id, or send the stored one unchanged.`);
        return reply.status(202).send({ accepted, duplicates });
      }
      return reply.status(202).send({ accepted, duplicates, conflicts, conflict_ids: conflictIds.slice(0, MAX_CONFLICT_IDS) });
    },
  );
};
