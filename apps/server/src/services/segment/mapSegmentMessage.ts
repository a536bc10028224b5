import type { IncomingCustomer, IncomingEvent } from '../../runtime/Runtime.ts';
import { standardEventProblem } from '../standardEventProblem.ts';
import { describeValue } from './describeValue.ts';
import { segmentEventTime } from './segmentEventTime.ts';
import { toSnakeCase } from './toSnakeCase.ts';
import { groupTraitsToAttributes, traitsToAttributes } from './traitsToAttributes.ts';

/** The calls of Segment's HTTP Tracking API, each one a route and a batch item's `type`. */
export const SEGMENT_TYPES = ['identify', 'track', 'page', 'screen', 'group', 'alias'] as const;
export type SegmentType = (typeof SEGMENT_TYPES)[number];

/** Why a message was understood yet not stored. */
export type SegmentSkipCode = 'anonymous' | 'unsupported';

/**
 * What one Segment message becomes: a customer update (identify, group), an event (track,
 * page, screen), a message understood but not stored (`skipped`: an anonymous call, an alias),
 * or a message Stayflow cannot use (`invalid`, with the place and the problem).
 */
export type SegmentOutcome =
  | { kind: 'customer'; customer: IncomingCustomer }
  | { kind: 'event'; event: IncomingEvent }
  | { kind: 'skipped'; code: SegmentSkipCode; message: string }
  | { kind: 'invalid'; code: 'validation_failed' | 'bad_event' | 'payload_too_large'; path: string; message: string };

export interface SegmentMappingOptions {
  /** The server's now when the request arrived (Segment's `receivedAt`). */
  receivedAt: number;
  /** How far after `receivedAt` an event may be dated (as `POST /api/events` allows). */
  futureToleranceMs: number;
  /** Where the message is in the request, for messages: `$` for a single call, `$.batch[3]` in a batch. */
  place: string;
}

/** The Segment e-commerce event that becomes Stayflow's order, compared in snake case (`Order Completed`, `order_completed`). */
const ORDER_COMPLETED = 'order_completed';
const MAX_ID_LENGTH = 200;
const MAX_EVENT_TYPE_LENGTH = 100;

/**
 * One Segment message as Stayflow stores it (the mapping table is in the server README,
 * "Segment, RudderStack, Jitsu"). Pure: the time it arrived is an input.
 */
export function mapSegmentMessage(type: SegmentType, message: Readonly<Record<string, unknown>>, options: SegmentMappingOptions): SegmentOutcome {
  const { place } = options;
  if (type === 'alias') {
    return {
      kind: 'skipped',
      code: 'unsupported',
      message: `${place}: alias is not supported: Stayflow does not merge customers, so ${describeValue(message.previousId)} and ${describeValue(message.userId)} stay apart. Identify people by the id you keep for them.`,
    };
  }
  const userId = readId(message.userId, `${place}.userId`);
  if (userId.kind === 'invalid') return userId;
  if (userId.id === undefined) {
    return {
      kind: 'skipped',
      code: 'anonymous',
      message: `${place}: a ${type} call without a userId is not stored: Stayflow keeps people it can reach by their id, and an anonymousId alone names a browser, not a customer.`,
    };
  }
  const customerId = userId.id;
  const context = readObject(message.context, `${place}.context`);
  if (context.kind === 'invalid') return context;

  if (type === 'identify' || type === 'group') {
    const traits = readObject(message.traits, `${place}.traits`);
    if (traits.kind === 'invalid') return traits;
    if (type === 'identify') {
      // RudderStack's browser and mobile SDKs send an identify's traits in context.traits; `traits` wins where both name one.
      const contextTraits = readObject(context.value.traits, `${place}.context.traits`);
      if (contextTraits.kind === 'invalid') return contextTraits;
      return { kind: 'customer', customer: { id: customerId, attributes: traitsToAttributes({ ...contextTraits.value, ...traits.value }, context.value) } };
    }
    const groupId = readId(message.groupId, `${place}.groupId`);
    if (groupId.kind === 'invalid') return groupId;
    if (groupId.id === undefined) return invalid('validation_failed', `${place}.groupId`, `${place}: a group call needs a groupId, the id of the account or company.`);
    return { kind: 'customer', customer: { id: customerId, attributes: groupTraitsToAttributes(groupId.id, traits.value) } };
  }

  const messageId = readId(message.messageId, `${place}.messageId`);
  if (messageId.kind === 'invalid') return messageId;
  const properties = readObject(message.properties, `${place}.properties`);
  if (properties.kind === 'invalid') return properties;
  const time = segmentEventTime(message, place, options.receivedAt, options.futureToleranceMs);
  if (!time.ok) return invalid('bad_event', time.path, time.message);

  const named = eventOf(type, message, properties.value, place);
  if (named.kind === 'invalid') return named;
  const problem = standardEventProblem(named.type, named.properties);
  if (problem !== null) return invalid('bad_event', `${place}.properties`, `${place}: ${problem}`);
  return {
    kind: 'event',
    event: {
      customer_id: customerId,
      type: named.type,
      properties: named.properties,
      ...(messageId.id !== undefined ? { id: messageId.id } : {}),
      ...(time.at !== undefined ? { at: time.at } : {}),
    },
  };
}

type Invalid = Extract<SegmentOutcome, { kind: 'invalid' }>;
const invalid = (code: Invalid['code'], path: string, message: string): Invalid => ({ kind: 'invalid', code, path, message });

/** The event type and payload of a track, page or screen call. */
function eventOf(type: 'track' | 'page' | 'screen', message: Readonly<Record<string, unknown>>, properties: Record<string, unknown>, place: string) {
  if (type === 'page' || type === 'screen') {
    const named: Record<string, unknown> = { ...properties };
    for (const field of type === 'page' ? ['name', 'category'] : ['name']) {
      if (typeof message[field] === 'string' && named[field] === undefined) named[field] = message[field];
    }
    return { kind: 'event' as const, type: type === 'page' ? 'page_viewed' : 'screen_viewed', properties: named };
  }
  if (typeof message.event !== 'string' || message.event.trim() === '') {
    return invalid('validation_failed', `${place}.event`, `${place}: a track call needs "event", the name of what the person did (such as "Order Completed"), not ${describeValue(message.event)}.`);
  }
  const eventType = toSnakeCase(message.event);
  if (eventType === '') return invalid('validation_failed', `${place}.event`, `${place}.event ${describeValue(message.event)} has no letter or digit to name an event type with.`);
  if (eventType.length > MAX_EVENT_TYPE_LENGTH) {
    return invalid('validation_failed', `${place}.event`, `${place}.event becomes an event type of ${eventType.length} characters; the limit is ${MAX_EVENT_TYPE_LENGTH}.`);
  }
  if (eventType !== ORDER_COMPLETED) return { kind: 'event' as const, type: eventType, properties };
  return orderOf(properties, place);
}

/**
 * Segment's `Order Completed` as Stayflow's `order_placed`: `amount` is `revenue` (Segment's
 * figure for the order's revenue, without shipping and tax), else `total`; `currency` upper
 * case; every property sent is kept (`order_id`, `products`, …).
 */
function orderOf(properties: Record<string, unknown>, place: string) {
  const field = properties.revenue !== undefined && properties.revenue !== null ? 'revenue' : 'total';
  const amount = properties[field];
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    const sent = amount === undefined || amount === null ? 'it has neither' : `properties.${field} is ${describeValue(amount)}`;
    return invalid('bad_event', `${place}.properties.${field}`, `${place}: an Order Completed event needs properties.revenue (or properties.total), a number of 0 or more; ${sent}.`);
  }
  const order: Record<string, unknown> = { ...properties, amount };
  if (properties.currency !== undefined && properties.currency !== null) {
    if (typeof properties.currency !== 'string' || properties.currency.trim() === '') {
      return invalid('bad_event', `${place}.properties.currency`, `${place}.properties.currency must be a currency code such as "USD", not ${describeValue(properties.currency)}.`);
    }
    order.currency = properties.currency.trim().toUpperCase();
  }
  return { kind: 'event' as const, type: 'order_placed', properties: order };
}

/** An id Segment allows as a string or a number: undefined when absent or empty. */
function readId(value: unknown, path: string): { kind: 'id'; id: string | undefined } | Invalid {
  if (value === undefined || value === null || value === '') return { kind: 'id', id: undefined };
  const id = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof id !== 'string') return invalid('validation_failed', path, `${path} must be a string, not ${describeValue(value)}.`);
  if (id.length > MAX_ID_LENGTH) return invalid('validation_failed', path, `${path} is ${id.length.toLocaleString('en')} characters long; ids are 1–${MAX_ID_LENGTH} characters.`);
  return { kind: 'id', id };
}

function readObject(value: unknown, path: string): { kind: 'object'; value: Record<string, unknown> } | Invalid {
  if (value === undefined || value === null) return { kind: 'object', value: {} };
  if (typeof value !== 'object' || Array.isArray(value)) return invalid('validation_failed', path, `${path} must be an object, not ${describeValue(value)}.`);
  return { kind: 'object', value: value as Record<string, unknown> };
}
