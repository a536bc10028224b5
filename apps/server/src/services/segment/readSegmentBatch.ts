import { describeValue } from './describeValue.ts';
import { mapSegmentMessage, SEGMENT_TYPES, type SegmentOutcome, type SegmentType } from './mapSegmentMessage.ts';

/** Segment's own limits, kept here: a message (a single call, or one item of a batch) up to 32 KB of JSON, a batch up to 500 KB. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
export const MAX_BATCH_BYTES = 500 * 1024;

export interface SegmentBatchItem {
  index: number;
  /** The item's `type` when it has a readable one. */
  type: SegmentType | undefined;
  outcome: SegmentOutcome;
}

export type SegmentBatch = { ok: true; items: SegmentBatchItem[] } | { ok: false; message: string };

/**
 * A batch as Segment's `/v1/batch` takes it, `{ "batch": [ … ] }` (its `context` and `sentAt`
 * apply to every item that has none of its own), or as webhook destinations send messages
 * to one address: a JSON list of messages, or one message with its `type`. Every item is
 * mapped on its own: one Stayflow cannot use is reported with its index, never stops the others
 * (Segment's own API drops invalid items the same way).
 */
export function readSegmentBatch(body: unknown, options: { receivedAt: number; futureToleranceMs: number }): SegmentBatch {
  let messages: unknown[];
  let base = '$';
  let shared: { context?: unknown; sentAt?: unknown } = {};
  if (Array.isArray(body)) messages = body;
  else if (isObject(body) && Array.isArray(body.batch)) {
    messages = body.batch;
    base = '$.batch';
    shared = { context: body.context, sentAt: body.sentAt };
  } else if (isObject(body) && typeof body.type === 'string') return { ok: true, items: [itemOf(body, 0, '$', {}, options)] };
  else {
    return {
      ok: false,
      message: `Send { "batch": [ … ] } with each message's "type" (identify, track, page, screen, group or alias), a list of such messages, or one message with its "type"; this body is ${isObject(body) ? 'an object without "batch" or "type"' : describeValue(body)}.`,
    };
  }
  return { ok: true, items: messages.map((message, index) => itemOf(message, index, `${base}[${index}]`, shared, options)) };
}

function itemOf(message: unknown, index: number, place: string, shared: { context?: unknown; sentAt?: unknown }, options: { receivedAt: number; futureToleranceMs: number }): SegmentBatchItem {
  if (!isObject(message)) return { index, type: undefined, outcome: { kind: 'invalid', code: 'validation_failed', path: place, message: `${place} must be a message object, not ${describeValue(message)}.` } };
  const type = SEGMENT_TYPES.find((known) => known === message.type);
  const bytes = Buffer.byteLength(JSON.stringify(message));
  if (bytes > MAX_MESSAGE_BYTES) {
    const outcome: SegmentOutcome = {
      kind: 'invalid',
      code: 'payload_too_large',
      path: place,
      message: `${place} is ${bytes.toLocaleString('en')} bytes of JSON; a message may be at most ${MAX_MESSAGE_BYTES / 1024} KB (Segment's limit).`,
    };
    return { index, type, outcome };
  }
  if (type === undefined) {
    return {
      index,
      type,
      outcome: { kind: 'invalid', code: 'validation_failed', path: `${place}.type`, message: `${place}.type must be one of ${SEGMENT_TYPES.join(', ')}, not ${describeValue(message.type)}.` },
    };
  }
  const withShared = { ...message };
  if (withShared.sentAt === undefined && shared.sentAt !== undefined) withShared.sentAt = shared.sentAt;
  if (isObject(shared.context)) withShared.context = isObject(message.context) ? { ...shared.context, ...message.context } : (message.context ?? shared.context);
  return { index, type, outcome: mapSegmentMessage(type, withShared, { ...options, place }) };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
