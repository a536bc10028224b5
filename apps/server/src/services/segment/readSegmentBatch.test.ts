import { describe, expect, it } from 'vitest';
import { readSegmentBatch } from './readSegmentBatch.ts';
import { specBatch, specOrderCompleted } from './segmentSpecExamples.ts';
import { segmentWrites } from './segmentWrites.ts';

const options = { receivedAt: Date.parse('2026-03-02T08:00:00.000Z'), futureToleranceMs: 24 * 3_600_000 };

describe('readSegmentBatch', () => {
  it('maps every message of Segment’s example batch, in order, sharing the batch’s context', () => {
    const batch = readSegmentBatch(specBatch, options);
    if (!batch.ok) throw new Error(batch.message);
    expect(batch.items.map((item) => [item.index, item.type, item.outcome.kind])).toEqual([
      [0, 'identify', 'customer'],
      [1, 'track', 'event'],
      [2, 'identify', 'customer'],
      [3, 'track', 'event'],
    ]);
    // Each run of one kind is one write, in the order sent: identify before the track that follows it.
    expect(segmentWrites(batch.items.map((item) => item.outcome)).map((write) => write.kind)).toEqual(['customers', 'events', 'customers', 'events']);
  });

  it('reports an unusable item with its index and keeps the others', () => {
    const batch = readSegmentBatch({ batch: [{ type: 'track', ...specOrderCompleted }, { type: 'track', userId: 'u1' }, 'hello', { type: 'shout', userId: 'u1' }] }, options);
    if (!batch.ok) throw new Error(batch.message);
    expect(batch.items.map((item) => item.outcome.kind)).toEqual(['event', 'invalid', 'invalid', 'invalid']);
    expect(batch.items[1]!.outcome).toMatchObject({ path: '$.batch[1].event' });
    expect(batch.items[2]!.outcome).toMatchObject({ message: '$.batch[2] must be a message object, not "hello".' });
    expect(batch.items[3]!.outcome).toMatchObject({ message: '$.batch[3].type must be one of identify, track, page, screen, group, alias, not "shout".' });
  });

  it('refuses an item over 32 KB, as Segment does, and keeps the others', () => {
    const big = { type: 'track', userId: 'u1', event: 'Big', properties: { blob: 'x'.repeat(33 * 1024) } };
    const batch = readSegmentBatch({ batch: [big, { type: 'identify', userId: 'u1' }] }, options);
    if (!batch.ok) throw new Error(batch.message);
    expect(batch.items[0]!.outcome).toMatchObject({ kind: 'invalid', code: 'payload_too_large', message: expect.stringContaining('at most 32 KB') });
    expect(batch.items[1]!.outcome.kind).toBe('customer');
  });

  it('takes a list of messages or one message with its type, as webhook destinations send them', () => {
    const list = readSegmentBatch([{ type: 'identify', userId: 'u1' }, { type: 'page', userId: 'u1', name: 'Home' }], options);
    expect(list.ok && list.items.map((item) => item.outcome.kind)).toEqual(['customer', 'event']);
    const one = readSegmentBatch({ type: 'screen', userId: 'u1', name: 'Home' }, options);
    expect(one.ok && one.items[0]!.outcome).toMatchObject({ kind: 'event', event: { type: 'screen_viewed' } });
  });

  it('applies the batch’s sentAt to items without their own', () => {
    const batch = readSegmentBatch({ batch: [{ type: 'track', userId: 'u1', event: 'A', originalTimestamp: '2026-03-02T06:00:00.000Z' }], sentAt: '2026-03-02T07:00:00.000Z' }, options);
    expect(batch.ok && batch.items[0]!.outcome).toMatchObject({ event: { at: Date.parse('2026-03-02T07:00:00.000Z') } });
  });

  it('refuses a body that is no batch at all, saying what to send', () => {
    expect(readSegmentBatch({ events: [] }, options)).toEqual({ ok: false, message: expect.stringContaining('an object without "batch" or "type"') });
    expect(readSegmentBatch(5, options)).toMatchObject({ ok: false });
  });
});
