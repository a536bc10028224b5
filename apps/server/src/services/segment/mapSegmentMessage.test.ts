import { describe, expect, it } from 'vitest';
import { mapSegmentMessage, type SegmentType } from './mapSegmentMessage.ts';
import { specAlias, specGroup, specIdentify, specOrderCompleted, specPage, specScreen, specTrack } from './segmentSpecExamples.ts';

const NOW = Date.parse('2026-03-02T08:00:00.000Z');
const map = (type: SegmentType, message: Record<string, unknown>) => mapSegmentMessage(type, message, { receivedAt: NOW, futureToleranceMs: 24 * 3_600_000, place: '$' });

describe('mapSegmentMessage, with the examples of Segment’s specification', () => {
  it('turns identify traits into customer attributes under their snake-case names', () => {
    expect(map('identify', specIdentify)).toEqual({
      kind: 'customer',
      customer: {
        id: '97980cfea0067',
        attributes: {
          name: 'Peter Gibbons',
          email: 'peter@example.com',
          plan: 'premium',
          logins: 5,
          address: { street: '6th St', city: 'San Francisco', state: 'CA', postalCode: '94103', country: 'USA' },
        },
      },
    });
  });

  it('reads an identify call’s traits from context.traits as well, as RudderStack’s SDKs send them', () => {
    expect(map('identify', { userId: 'u1', context: { traits: { email: 'a@example.com', plan: 'free' } }, traits: { plan: 'pro' } })).toEqual({
      kind: 'customer',
      customer: { id: 'u1', attributes: { email: 'a@example.com', plan: 'pro' } },
    });
  });

  it('turns a track call into an event of its snake-case name, its properties the payload and its messageId the id', () => {
    expect(map('track', specTrack)).toEqual({
      kind: 'event',
      event: { id: 'ajs-f8ca1e4de5024d9430b3928bd8ac6b96', customer_id: 'AiUGstSDIg', type: 'course_clicked', properties: { title: 'Intro to Analytics' }, at: Date.parse('2015-12-12T19:11:01.249Z') },
    });
  });

  it('turns Order Completed into order_placed with revenue as the amount, keeping every property', () => {
    const outcome = map('track', specOrderCompleted);
    expect(outcome).toMatchObject({ kind: 'event', event: { customer_id: '019mr8mf4r', type: 'order_placed' } });
    if (outcome.kind !== 'event') throw new Error('not an event');
    expect(outcome.event.properties).toEqual({ ...specOrderCompleted.properties, amount: 25, currency: 'USD' });
    expect(outcome.event.at).toBeUndefined();
  });

  it('takes the total as the amount when an order has no revenue, and upper-cases the currency', () => {
    const outcome = map('track', { userId: 'u1', event: 'Order Completed', properties: { order_id: 'o-1', total: 40, currency: 'cny' } });
    expect(outcome).toMatchObject({ kind: 'event', event: { type: 'order_placed', properties: { order_id: 'o-1', total: 40, amount: 40, currency: 'CNY' } } });
  });

  it('refuses an order without a usable revenue or total, naming the field', () => {
    expect(map('track', { userId: 'u1', event: 'Order Completed', properties: { order_id: 'o-1' } })).toEqual({
      kind: 'invalid',
      code: 'bad_event',
      path: '$.properties.total',
      message: '$: an Order Completed event needs properties.revenue (or properties.total), a number of 0 or more; it has neither.',
    });
    expect(map('track', { userId: 'u1', event: 'Order Completed', properties: { revenue: '25.00' } })).toMatchObject({ kind: 'invalid', path: '$.properties.revenue', message: expect.stringContaining('properties.revenue is "25.00"') });
  });

  it('holds track events named like Stayflow’s standard events to their properties', () => {
    expect(map('track', { userId: 'u1', event: 'NPS Submitted', properties: { score: 11 } })).toMatchObject({
      kind: 'invalid',
      code: 'bad_event',
      message: '$: an nps_submitted event needs properties.score, a whole number from 0 to 10.',
    });
    expect(map('track', { userId: 'u1', event: 'NPS Submitted', properties: { score: 9 } })).toMatchObject({ kind: 'event', event: { type: 'nps_submitted' } });
  });

  it('turns page and screen calls into page_viewed and screen_viewed, with the name among the properties', () => {
    expect(map('page', specPage)).toEqual({
      kind: 'event',
      event: { id: specPage.messageId, customer_id: '97980cfea0067', type: 'page_viewed', properties: { title: 'Welcome | Initech', url: 'http://www.example.com', name: 'Home' }, at: Date.parse(specPage.timestamp) },
    });
    expect(map('screen', specScreen)).toMatchObject({ kind: 'event', event: { type: 'screen_viewed', properties: { variation: 'blue signup button', name: 'Home' } } });
  });

  it('turns a group call into group_id and the group’s traits under group_', () => {
    expect(map('group', specGroup)).toEqual({
      kind: 'customer',
      customer: {
        id: '97980cfea0067',
        attributes: { group_id: '0e8c78ea9d97a7b8185e8632', group_name: 'Initech', group_industry: 'Technology', group_employees: 329, group_plan: 'enterprise', group_total_billed: 830 },
      },
    });
  });

  it('skips alias, saying customers are not merged', () => {
    expect(map('alias', specAlias)).toEqual({
      kind: 'skipped',
      code: 'unsupported',
      message: '$: alias is not supported: Stayflow does not merge customers, so "39239-239239-239239-23923" and "507f191e81" stay apart. Identify people by the id you keep for them.',
    });
  });

  it('skips a call with only an anonymousId', () => {
    const { userId: _ignored, ...anonymous } = specTrack;
    expect(map('track', anonymous)).toMatchObject({ kind: 'skipped', code: 'anonymous' });
    expect(map('identify', { ...specIdentify, userId: '' })).toMatchObject({ kind: 'skipped', code: 'anonymous' });
  });

  it('reads a numeric userId as text, and refuses ids of other kinds or over 200 characters', () => {
    expect(map('identify', { userId: 42, traits: {} })).toEqual({ kind: 'customer', customer: { id: '42', attributes: {} } });
    expect(map('identify', { userId: { id: 1 } })).toMatchObject({ kind: 'invalid', code: 'validation_failed', path: '$.userId', message: '$.userId must be a string, not an object.' });
    expect(map('track', { userId: 'x'.repeat(201), event: 'A' })).toMatchObject({ kind: 'invalid', path: '$.userId' });
    expect(map('track', { userId: 'u1', event: 'A', messageId: 'm'.repeat(201) })).toMatchObject({ kind: 'invalid', path: '$.messageId' });
  });

  it('refuses a track call without an event name, or with properties that are not an object', () => {
    expect(map('track', { userId: 'u1' })).toMatchObject({ kind: 'invalid', path: '$.event' });
    expect(map('track', { userId: 'u1', event: '?!' })).toMatchObject({ kind: 'invalid', path: '$.event', message: expect.stringContaining('no letter or digit') });
    expect(map('track', { userId: 'u1', event: 'A', properties: [1] })).toMatchObject({ kind: 'invalid', path: '$.properties', message: '$.properties must be an object, not a list.' });
  });

  it('refuses a group call without a groupId', () => {
    expect(map('group', { userId: 'u1', traits: { name: 'Initech' } })).toMatchObject({ kind: 'invalid', path: '$.groupId' });
  });

  it('refuses an unreadable time, and one more than the tolerance ahead of the server', () => {
    expect(map('track', { userId: 'u1', event: 'A', timestamp: 'yesterday' })).toMatchObject({ kind: 'invalid', code: 'bad_event', path: '$.timestamp' });
    expect(map('track', { userId: 'u1', event: 'A', timestamp: '2026-03-04T08:00:00.000Z' })).toMatchObject({ kind: 'invalid', code: 'bad_event', message: expect.stringContaining('more than 24 hours after') });
  });
});
