import { parseIsoDate } from '@stayflow/logic';
import { describeValue } from './describeValue.ts';

/**
 * How far a device's clock may be off before its times are corrected: within a minute the
 * device's own `originalTimestamp` is kept as it is, so a retry (with a new `sentAt`) dates the
 * event exactly as the first attempt did.
 */
export const CLOCK_SKEW_TOLERANCE_MS = 60_000;

export type SegmentEventTime = { ok: true; at: number | undefined } | { ok: false; path: string; message: string };

interface TimeFields {
  timestamp?: unknown;
  originalTimestamp?: unknown;
  sentAt?: unknown;
}

/**
 * When a Segment event happened, as Segment itself decides it: `timestamp` when the message
 * has one; else the device's `originalTimestamp`, moved by the device clock's error (the
 * difference between `sentAt` and `receivedAt`, the server's now) when that is over a minute,
 * rounded to the second so a retry gets the same time; else undefined (the time it arrived).
 * Times more than `futureToleranceMs` after `receivedAt` are refused, as on `POST /api/events`.
 */
export function segmentEventTime(fields: TimeFields, place: string, receivedAt: number, futureToleranceMs: number): SegmentEventTime {
  const timestamp = readTime(fields.timestamp, `${place}.timestamp`);
  if (!timestamp.ok) return timestamp;
  let at = timestamp.at;
  if (at === undefined) {
    const original = readTime(fields.originalTimestamp, `${place}.originalTimestamp`);
    if (!original.ok) return original;
    const sent = readTime(fields.sentAt, `${place}.sentAt`);
    if (!sent.ok) return sent;
    at = original.at;
    if (at !== undefined && sent.at !== undefined && Math.abs(receivedAt - sent.at) > CLOCK_SKEW_TOLERANCE_MS) at = Math.round((at + receivedAt - sent.at) / 1000) * 1000;
  }
  if (at !== undefined && at > receivedAt + futureToleranceMs) {
    return {
      ok: false,
      path: `${place}.timestamp`,
      message: `${place}: the event's time (${new Date(at).toISOString()}) is more than ${futureToleranceMs / 3_600_000} hours after the server's time (${new Date(receivedAt).toISOString()}); send events when they happen.`,
    };
  }
  return { ok: true, at };
}

function readTime(value: unknown, path: string): SegmentEventTime {
  if (value === undefined || value === null || value === '') return { ok: true, at: undefined };
  const at = parseIsoDate(value);
  if (at === null) return { ok: false, path, message: `${path} must be an ISO 8601 time such as 2026-03-01T09:30:00.000Z, not ${describeValue(value)}.` };
  return { ok: true, at };
}
