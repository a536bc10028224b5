import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger } from 'fastify';
import Type from 'typebox';
import { HttpError } from '../plugins/errors.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { describeValue } from '../services/segment/describeValue.ts';
import { mapSegmentMessage, SEGMENT_TYPES, type SegmentOutcome, type SegmentType } from '../services/segment/mapSegmentMessage.ts';
import { MAX_BATCH_BYTES, MAX_MESSAGE_BYTES, readSegmentBatch } from '../services/segment/readSegmentBatch.ts';
import { segmentWrites } from '../services/segment/segmentWrites.ts';
import { answers, bodyCheckedByHandler, errorAnswer } from './common.ts';
import { FUTURE_TOLERANCE_MS } from './events.ts';

const PREFIX = '/api/integrations/segment/v1';

const Id = Type.Union([Type.String(), Type.Number()]);
const Open = Type.Record(Type.String(), Type.Unknown());
const Time = Type.String({ description: 'ISO 8601, such as 2026-03-01T09:30:00.000Z.' });

/** What every Segment message may carry; any other field Segment, RudderStack or Jitsu add is accepted and ignored. */
const common = {
  userId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so).' })),
  anonymousId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'Read only to tell an anonymous call apart; never stored.' })),
  messageId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'The event id (de-duplication key): the same messageId twice is stored once.' })),
  timestamp: Type.Optional(Type.Union([Time, Type.Null()])),
  originalTimestamp: Type.Optional(Type.Union([Time, Type.Null()])),
  sentAt: Type.Optional(Type.Union([Time, Type.Null()])),
  context: Type.Optional(Open),
  integrations: Type.Optional(Open),
};

/** The fields each call adds, as Segment's HTTP Tracking API defines them (only those Stayflow reads are listed). */
const FIELDS = {
  identify: { traits: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Become customer attributes (README, "Segment, RudderStack, Jitsu").' })) },
  track: { event: Type.String({ description: '"Order Completed" becomes order_placed; any other name its snake case.' }), properties: Type.Optional(Open) },
  page: { name: Type.Optional(Type.String()), category: Type.Optional(Type.String()), properties: Type.Optional(Open) },
  screen: { name: Type.Optional(Type.String()), properties: Type.Optional(Open) },
  group: { groupId: Id, traits: Type.Optional(Open) },
  alias: { previousId: Type.Optional(Id) },
} satisfies Record<SegmentType, Record<string, Type.TSchema>>;

/** A message of one call; `type` may be left out on the call's own route, and is needed in a batch. */
const messageOf = (type: SegmentType, inBatch: boolean) =>
  Type.Object({ ...common, type: inBatch ? Type.Literal(type) : Type.Optional(Type.Literal(type)), ...FIELDS[type] }, { description: `A Segment ${type} message.` });

const BatchItem = Type.Union(SEGMENT_TYPES.map((type) => messageOf(type, true)));
const BatchBody = Type.Union([
  Type.Object({ batch: Type.Array(BatchItem), context: Type.Optional(Open), sentAt: Type.Optional(Time), integrations: Type.Optional(Open) }, { description: "Segment's /v1/batch." }),
  Type.Array(BatchItem, { description: 'A list of messages, as a webhook destination sends a batch.' }),
  BatchItem,
]);

const Skipped = Type.Object(
  {
    index: Type.Optional(Type.Integer({ minimum: 0, description: 'The message\'s place in the batch.' })),
    type: Type.Optional(Type.String()),
    code: Type.Union(
      [Type.Literal('anonymous'), Type.Literal('unsupported'), Type.Literal('conflict'), Type.Literal('validation_failed'), Type.Literal('bad_event'), Type.Literal('payload_too_large')],
      {
        description:
          '`anonymous`: no userId; `unsupported`: alias; `conflict`: its messageId was stored before with other content; the others: the message cannot be used (in a batch only; a single call answers 400 or 413).',
      },
    ),
    message: Type.String(),
  },
  { additionalProperties: false },
);

export const SegmentAccepted = Type.Object(
  {
    success: Type.Literal(true, { description: 'As Segment answers: the request was taken.' }),
    accepted: Type.Integer({ minimum: 0, description: 'Messages stored: customers updated and new events.' }),
    duplicates: Type.Integer({ minimum: 0, description: 'Events whose messageId was stored already: stored once only.' }),
    conflicts: Type.Integer({ minimum: 0, description: 'Events whose messageId was stored already with other content: the first stays.' }),
    skipped: Type.Array(Skipped, { description: 'Messages not stored, each with why.' }),
  },
  { additionalProperties: false, description: 'Taken (Segment\'s `{ "success": true }`, with what became of each message).' },
);
type SegmentAccepted = Type.Static<typeof SegmentAccepted>;

const tooLarge = (limit: number, what: string) => errorAnswer(`The body is over ${limit / 1024} KB, Segment's limit for ${what} (\`payload_too_large\`).`);
const MESSAGE_TOO_LARGE = `The body is larger than ${MAX_MESSAGE_BYTES / 1024} KB, Segment's limit for one call; a batch may hold up to ${MAX_BATCH_BYTES / 1024} KB.`;
const BATCH_TOO_LARGE = `The body is larger than ${MAX_BATCH_BYTES / 1024} KB, Segment's limit for a batch; send it in smaller batches.`;

const SUMMARIES: Record<SegmentType, string> = {
  identify: 'Segment identify: traits become customer attributes',
  track: 'Segment track: an event (Order Completed becomes order_placed)',
  page: 'Segment page: a page_viewed event',
  screen: 'Segment screen: a screen_viewed event',
  group: 'Segment group: group_id and group_* attributes',
  alias: 'Segment alias: not supported, answered success and skipped',
};

/**
 * Segment-compatible ingestion (README, "Segment, RudderStack, Jitsu"): Segment's HTTP Tracking
 * API calls under /api/integrations/segment/v1, answered as Segment answers (200
 * `{ "success": true }`), stored through the runtime as `PUT /api/customers` and
 * `POST /api/events` store theirs.
 */
export const segmentIngestionRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  const mapping = () => ({ receivedAt: runtime.clock.now(), futureToleranceMs: FUTURE_TOLERANCE_MS });

  for (const type of SEGMENT_TYPES) {
    app.post(
      `${PREFIX}/${type}`,
      {
        ...bodyCheckedByHandler,
        bodyLimit: MAX_MESSAGE_BYTES,
        config: { bodyTooLargeMessage: MESSAGE_TOO_LARGE },
        schema: {
          tags: ['integrations'],
          operationId: `segment${type[0]!.toUpperCase()}${type.slice(1)}`,
          summary: SUMMARIES[type],
          body: messageOf(type, false),
          response: answers({ 200: SegmentAccepted, 413: tooLarge(MAX_MESSAGE_BYTES, 'one call') }, 'body'),
        },
      },
      async (request) => {
        const body: unknown = request.body;
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          throw new HttpError(400, 'validation_failed', `Send one Segment ${type} message as a JSON object (a list goes to ${PREFIX}/batch).`);
        }
        const message = body as Record<string, unknown>;
        if (message.type !== undefined && message.type !== type) {
          const problem = { code: 'validation_failed', path: '$.type', message: `$.type says ${describeValue(message.type)} but this is the ${type} route; send it to ${PREFIX}/batch, which reads each message's type.` };
          throw new HttpError(400, 'validation_failed', problem.message, [problem]);
        }
        const outcome = mapSegmentMessage(type, message, { ...mapping(), place: '$' });
        if (outcome.kind === 'invalid') throw new HttpError(400, outcome.code, outcome.message, [{ code: outcome.code, message: outcome.message, path: outcome.path }]);
        return store(runtime, [{ type, outcome }], request.log);
      },
    );
  }

  app.post(
    `${PREFIX}/batch`,
    {
      ...bodyCheckedByHandler,
      bodyLimit: MAX_BATCH_BYTES,
      config: { bodyTooLargeMessage: BATCH_TOO_LARGE },
      schema: {
        tags: ['integrations'],
        operationId: 'segmentBatch',
        summary: 'Segment batch: many messages of any type; unusable ones are skipped, not refused',
        body: BatchBody,
        response: answers({ 200: SegmentAccepted, 413: tooLarge(MAX_BATCH_BYTES, 'a batch') }, 'body'),
      },
    },
    async (request) => {
      const batch = readSegmentBatch(request.body, mapping());
      if (!batch.ok) throw new HttpError(400, 'validation_failed', batch.message);
      return store(runtime, batch.items, request.log);
    },
  );
};

/** Writes what can be stored, in order, and answers what became of every message. */
async function store(runtime: Runtime, items: readonly { index?: number; type: SegmentType | undefined; outcome: SegmentOutcome }[], log: FastifyBaseLogger): Promise<SegmentAccepted> {
  const answer: SegmentAccepted = { success: true, accepted: 0, duplicates: 0, conflicts: 0, skipped: [] };
  const conflictIds = new Set<string>();
  for (const write of segmentWrites(items.map((item) => item.outcome))) {
    if (write.kind === 'customers') answer.accepted += await runtime.upsertCustomers(write.customers);
    else {
      const counts = await runtime.ingest(write.events);
      answer.accepted += counts.accepted;
      answer.duplicates += counts.duplicates;
      answer.conflicts += counts.conflicts;
      for (const id of counts.conflictIds) conflictIds.add(id);
    }
  }
  for (const item of items) {
    const outcome = item.outcome;
    const where = { ...(item.index !== undefined ? { index: item.index } : {}), ...(item.type !== undefined ? { type: item.type } : {}) };
    if (outcome.kind === 'skipped' || outcome.kind === 'invalid') answer.skipped.push({ ...where, code: outcome.code, message: outcome.message });
    else if (outcome.kind === 'event' && outcome.event.id !== undefined && conflictIds.has(outcome.event.id)) {
      answer.skipped.push({
        ...where,
        code: 'conflict',
        message: `messageId ${describeValue(outcome.event.id)} was stored before with other content (another customer, event, time or properties); the first is kept. Give each message its own messageId.`,
      });
    }
  }
  if (answer.skipped.length > 0) log.warn({ skipped: answer.skipped.slice(0, 20), count: answer.skipped.length }, 'segment ingestion: messages not stored');
  return answer;
}
