import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  specAlias,
  specBatch,
  specGroup,
  specIdentify,
  specOrderCompleted,
  specPage,
  specScreen,
  specTrack,
} from '../src/services/segment/segmentSpecExamples.ts';
import { startTestServer, T0, type TestServer } from './harness.ts';

const SEGMENT = '/api/integrations/segment/v1';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const customer = async (id: string) => (await server.call('GET', `/api/customers/${encodeURIComponent(id)}`)).body;
const eventsOf = async (id: string) => (await server.call('GET', `/api/customers/${encodeURIComponent(id)}/export`)).body.events as { id: string; type: string; properties: Record<string, unknown>; at: string }[];

describe('Segment-compatible ingestion, with the examples of Segment’s specification', () => {
  it('stores an identify call’s traits as the customer’s attributes and answers as Segment does', async () => {
    expect(await server.call('POST', `${SEGMENT}/identify`, specIdentify)).toEqual({ status: 200, body: { success: true, accepted: 1, duplicates: 0, conflicts: 0, skipped: [] } });
    const peter = await customer('97980cfea0067');
    expect(peter.attributes).toEqual({
      name: 'Peter Gibbons',
      email: 'peter@example.com',
      plan: 'premium',
      logins: 5,
      address: { street: '6th St', city: 'San Francisco', state: 'CA', postalCode: '94103', country: 'USA' },
    });
  });

  it('stores track, page and screen calls as events, keyed by their messageId', async () => {
    expect((await server.call('POST', `${SEGMENT}/track`, specTrack)).body).toMatchObject({ success: true, accepted: 1 });
    expect((await server.call('POST', `${SEGMENT}/page`, specPage)).body).toMatchObject({ success: true, accepted: 1 });
    // The spec's screen example reuses the page example's messageId: the same id is the same event, stored once.
    expect((await server.call('POST', `${SEGMENT}/screen`, { ...specScreen, messageId: 'screen-1' })).body).toMatchObject({ success: true, accepted: 1 });
    const course = await eventsOf('AiUGstSDIg');
    expect(course).toEqual([expect.objectContaining({ id: specTrack.messageId, type: 'course_clicked', properties: { title: 'Intro to Analytics' }, at: specTrack.timestamp })]);
    const peter = (await eventsOf('97980cfea0067')).map((e) => [e.id, e.type, e.properties.name]);
    expect(peter).toEqual(expect.arrayContaining([[specPage.messageId, 'page_viewed', 'Home'], ['screen-1', 'screen_viewed', 'Home']]));
  });

  it('stores a group call as group_id and group_* attributes', async () => {
    expect((await server.call('POST', `${SEGMENT}/group`, specGroup)).status).toBe(200);
    expect((await customer('97980cfea0067')).attributes).toMatchObject({ group_id: '0e8c78ea9d97a7b8185e8632', group_name: 'Initech', group_total_billed: 830 });
  });

  it('turns Order Completed into an order the customer’s metrics and the metrics report count', async () => {
    expect((await server.call('POST', `${SEGMENT}/track`, { ...specOrderCompleted, messageId: 'order-50314b8e' })).body).toMatchObject({ success: true, accepted: 1 });
    const buyer = await customer('019mr8mf4r');
    expect(buyer.metrics).toMatchObject({ orders: 1, total_spent: 25 });
    const report = (await server.call('GET', `/api/metrics?from=${new Date(Date.parse(T0) - 86_400_000).toISOString()}&to=${new Date(Date.parse(T0) + 86_400_000).toISOString()}`)).body;
    expect(report.currencies?.USD, JSON.stringify(report)).toMatchObject({ orders: 1, revenue: 25 });
    const [order] = await eventsOf('019mr8mf4r');
    expect(order).toMatchObject({ id: 'order-50314b8e', type: 'order_placed', properties: { amount: 25, currency: 'USD', order_id: '50314b8e9bcf000000000000', total: 27.5 } });
  });

  it('counts a replay of the same messageId as a duplicate and stores it once', async () => {
    const replay = await server.call('POST', `${SEGMENT}/track`, { ...specOrderCompleted, messageId: 'order-50314b8e' });
    expect(replay).toEqual({ status: 200, body: { success: true, accepted: 0, duplicates: 1, conflicts: 0, skipped: [] } });
    expect((await customer('019mr8mf4r')).metrics.orders).toBe(1);
  });

  it('keeps the first of two different messages sent under one messageId and names the conflict, still answering success', async () => {
    expect((await server.call('POST', `${SEGMENT}/track`, { userId: 'twice', event: 'Plan Chosen', properties: { plan: 'pro' }, messageId: 'reused-id' })).body).toMatchObject({ accepted: 1 });
    const other = await server.call('POST', `${SEGMENT}/batch`, { batch: [{ type: 'track', userId: 'twice', event: 'Plan Chosen', properties: { plan: 'free' }, messageId: 'reused-id' }] });
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ success: true, accepted: 0, duplicates: 0, conflicts: 1 });
    expect(other.body.skipped).toEqual([{ index: 0, type: 'track', code: 'conflict', message: expect.stringContaining('messageId "reused-id" was stored before with other content') }]);
    expect((await eventsOf('twice')).map((e) => e.properties.plan)).toEqual(['pro']);
  });

  it('answers alias with success and says it was skipped', async () => {
    const alias = await server.call('POST', `${SEGMENT}/alias`, specAlias);
    expect(alias.status).toBe(200);
    expect(alias.body).toMatchObject({ success: true, accepted: 0, skipped: [{ type: 'alias', code: 'unsupported' }] });
    expect((await server.call('GET', '/api/customers/507f191e81')).status).toBe(404);
  });

  it('answers a call with only an anonymousId with success, stores nothing and says why', async () => {
    const { userId: _dropped, ...anonymous } = specTrack;
    const answer = await server.call('POST', `${SEGMENT}/track`, { ...anonymous, messageId: 'anon-1' });
    expect(answer.body).toMatchObject({ success: true, accepted: 0, skipped: [{ type: 'track', code: 'anonymous' }] });
    expect((await server.call('GET', `/api/customers/${specTrack.anonymousId}`)).status).toBe(404);
  });

  it('refuses a single call it cannot use with a 400 naming the problem', async () => {
    const noRevenue = await server.call('POST', `${SEGMENT}/track`, { userId: 'u-bad', event: 'Order Completed', properties: { order_id: 'x' } });
    expect(noRevenue.status).toBe(400);
    expect(noRevenue.body.error).toEqual({ code: 'bad_event', message: '$: an Order Completed event needs properties.revenue (or properties.total), a number of 0 or more; it has neither.' });
    expect(noRevenue.body.errors).toEqual([{ code: 'bad_event', message: noRevenue.body.error.message, path: '$.properties.total' }]);
    const wrongRoute = await server.call('POST', `${SEGMENT}/identify`, specTrack);
    expect(wrongRoute.status).toBe(400);
    expect(wrongRoute.body.error.message).toContain('this is the identify route');
    expect((await server.call('POST', `${SEGMENT}/track`, [specTrack])).status).toBe(400);
    expect((await server.call('GET', '/api/customers/u-bad')).status).toBe(404);
  });

  it('stores Segment’s example batch in order', async () => {
    expect((await server.call('POST', `${SEGMENT}/batch`, specBatch)).body).toEqual({ success: true, accepted: 4, duplicates: 0, conflicts: 0, skipped: [] });
    expect((await customer('019mr8mf4r')).attributes).toMatchObject({ email: 'jake@yahoo.com', name: 'Jake Peterson', age: 26 });
    expect((await eventsOf('971mj8mk7p')).map((e) => [e.type, e.properties.name])).toEqual([['song_played', 'Get Right']]);
  });

  it('stores a batch’s good messages and lists the bad one by its index', async () => {
    const batch = {
      batch: [
        { type: 'identify', userId: 'mixed-1', traits: { email: 'm1@example.com' }, messageId: 'mixed-identify' },
        { type: 'track', userId: 'mixed-1', event: 'Order Completed', properties: { order_id: 'no-money' }, messageId: 'mixed-bad' },
        { type: 'track', userId: 'mixed-1', event: 'Order Completed', properties: { order_id: 'ok', revenue: 10, currency: 'eur' }, messageId: 'mixed-good' },
        { type: 'alias', userId: 'mixed-1', previousId: 'anon-9' },
      ],
    };
    const answer = await server.call('POST', `${SEGMENT}/batch`, batch);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ success: true, accepted: 2, duplicates: 0 });
    expect(answer.body.skipped).toEqual([
      { index: 1, type: 'track', code: 'bad_event', message: '$.batch[1]: an Order Completed event needs properties.revenue (or properties.total), a number of 0 or more; it has neither.' },
      { index: 3, type: 'alias', code: 'unsupported', message: expect.stringContaining('alias is not supported') },
    ]);
    expect((await customer('mixed-1')).metrics).toMatchObject({ orders: 1, total_spent: 10 });
    // Sent again, as a client retries: the events are duplicates, the identify merges the same traits again.
    expect((await server.call('POST', `${SEGMENT}/batch`, batch)).body).toMatchObject({ accepted: 1, duplicates: 1 });
    expect((await customer('mixed-1')).metrics.orders).toBe(1);
  });

  it('takes what webhook destinations send: a list of messages, or one message with its type', async () => {
    const list = [
      { type: 'identify', userId: 'hook-1', traits: { firstName: 'Wei', lastName: 'Zhang', birthday: '1990-05-17T00:00:00.000Z' } },
      { type: 'page', userId: 'hook-1', name: 'Pricing', messageId: 'hook-page-1' },
    ];
    expect((await server.call('POST', `${SEGMENT}/batch`, list)).body).toMatchObject({ success: true, accepted: 2 });
    expect((await server.call('POST', `${SEGMENT}/batch`, { type: 'track', userId: 'hook-1', event: 'Signed Up', messageId: 'hook-signup' })).body).toMatchObject({ accepted: 1 });
    expect((await customer('hook-1')).attributes).toEqual({ first_name: 'Wei', last_name: 'Zhang', name: 'Wei Zhang', birthday: '1990-05-17' });
    expect((await eventsOf('hook-1')).map((e) => e.type).sort()).toEqual(['page_viewed', 'signed_up']);
    const nothing = await server.call('POST', `${SEGMENT}/batch`, { events: [] });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.message).toContain('Send { "batch": [ … ] }');
  });

  it('refuses a call over 32 KB and a batch over 500 KB with a 413 saying the limit', async () => {
    const big = await server.call('POST', `${SEGMENT}/track`, { userId: 'big', event: 'Big', properties: { blob: 'x'.repeat(33 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.body.error).toEqual({ code: 'payload_too_large', message: 'The body is larger than 32 KB, Segment\'s limit for one call; a batch may hold up to 500 KB.' });
    const items = Array.from({ length: 20 }, (_, i) => ({ type: 'track', userId: 'big', event: 'Big', messageId: `big-${i}`, properties: { blob: 'x'.repeat(30 * 1024) } }));
    const batch = await server.call('POST', `${SEGMENT}/batch`, { batch: items });
    expect(batch.status).toBe(413);
    expect(batch.body.error.message).toContain('500 KB');
    // Under 500 KB in all, with one item over 32 KB: that one is skipped, the others stored.
    const oneTooBig = await server.call('POST', `${SEGMENT}/batch`, { batch: [items[0], { ...items[1], properties: { blob: 'x'.repeat(40 * 1024) } }] });
    expect(oneTooBig.body).toMatchObject({ accepted: 1, skipped: [{ index: 1, code: 'payload_too_large' }] });
    expect((await server.call('GET', '/api/customers/big')).status).toBe(200);
  });
});
