import { describe, expect, it } from 'vitest';
import { evaluateLogic } from './evaluateLogic';
import type { LogicData } from './Logic';

const NOW = '2024-05-31T12:00:00Z';

function at(now: string, extra: Partial<LogicData> = {}): LogicData {
  return { now, ...extra };
}

describe('days_since', () => {
  it.each([
    ['2024-05-30', 1.5],
    ['2024-05-31T12:00:00Z', 0],
    ['2024-05-31T00:00', 0.5],
    ['2024-03-02T12:00:00+08:00', 90 + 1 / 3],
    ['2024-06-01T12:00:00Z', -1],
  ])('counts the days from %s to now, with fractions', (date, days) => {
    expect(evaluateLogic({ days_since: date }, at(NOW))).toBeCloseTo(days, 10);
    expect(evaluateLogic({ days_since: [date] }, at(NOW))).toBeCloseTo(days, 10);
  });

  it('reads its date from the data', () => {
    const data = at(NOW, { customer: { metrics: { last_order_at: '2024-03-02T12:00:00Z' } } });
    expect(evaluateLogic({ '>': [{ days_since: { var: 'customer.metrics.last_order_at' } }, 90] }, data)).toBe(false);
    expect(evaluateLogic({ '>=': [{ days_since: { var: 'customer.metrics.last_order_at' } }, 90] }, data)).toBe(true);
  });

  it('depends on now only through the data, so the same input always gives the same answer', () => {
    const rule = { days_since: '2024-01-01' };
    expect(evaluateLogic(rule, at('2024-01-11T00:00:00Z'))).toBe(10);
    expect(evaluateLogic(rule, at('2024-01-21T00:00:00Z'))).toBe(20);
    expect(evaluateLogic(rule, at('2024-01-11T00:00:00Z'))).toBe(10);
  });
});

describe('days_until', () => {
  it.each([
    ['2024-06-30', 29.5],
    ['2024-05-01', -30.5],
    ['2024-06-01T12:00:00+02:00', 11 / 12],
  ])('counts the days from now until %s', (date, days) => {
    expect(evaluateLogic({ days_until: date }, at(NOW))).toBeCloseTo(days, 10);
  });
});

describe('days_until_anniversary', () => {
  it.each([
    ['1990-05-31', NOW, 0],
    ['1990-06-01', NOW, 1],
    ['1990-05-30', NOW, 364],
    ['1990-05-31', '2024-05-31T23:59:59Z', 0],
    ['1990-05-31', '2024-05-31T00:00:00Z', 0],
    ['1990-12-31', '2023-12-31T10:00:00Z', 0],
    ['1990-12-31', '2024-01-01T10:00:00Z', 365],
    ['1990-01-01', '2023-12-31T10:00:00Z', 1],
  ])('from %s at %s is %i days', (date, now, days) => {
    expect(evaluateLogic({ days_until_anniversary: date }, at(now))).toBe(days);
  });

  it.each([
    ['2023-02-28T08:00:00Z', 0, 'a common year: on 28 February'],
    ['2023-01-01T00:00:00Z', 58, 'a common year, before the day'],
    ['2023-03-01T00:00:00Z', 365, 'a common year, after the day: the next one is 29 February 2024'],
    ['2024-02-28T00:00:00Z', 1, 'a leap year: on 29 February itself'],
    ['2024-02-29T00:00:00Z', 0, 'a leap year, on the day'],
    ['2024-03-01T00:00:00Z', 364, 'a leap year, after the day: the next one is 28 February 2025'],
  ])('brings a 29 February date round at %s: %i days (%s)', (now, days) => {
    expect(evaluateLogic({ days_until_anniversary: '2000-02-29' }, at(now))).toBe(days);
  });

  it('keeps 28 February on 28 February in a leap year', () => {
    expect(evaluateLogic({ days_until_anniversary: '1999-02-28' }, at('2024-02-28T09:00:00Z'))).toBe(0);
    expect(evaluateLogic({ days_until_anniversary: '1999-02-28' }, at('2024-02-29T09:00:00Z'))).toBe(365);
  });

  it('compares calendar dates in UTC', () => {
    // 23:30 at UTC-5 on 31 May is 1 June in UTC.
    expect(evaluateLogic({ days_until_anniversary: '1990-05-31T23:30:00-05:00' }, at(NOW))).toBe(1);
    // 00:59 on 1 June in UTC, although 31 May at UTC-1.
    expect(evaluateLogic({ days_until_anniversary: '1990-05-31' }, at('2024-05-31T23:59:00-01:00'))).toBe(364);
  });

  it('works for a date in the future as for one in the past', () => {
    expect(evaluateLogic({ days_until_anniversary: '2030-06-10' }, at(NOW))).toBe(10);
  });
});

describe('invalid or missing dates', () => {
  const data = at(NOW, { customer: { birthday: 'someday', metrics: {} } });

  it.each([
    [{ days_since: 'not a date' }],
    [{ days_since: '2023-02-29' }],
    [{ days_until: '' }],
    [{ days_until_anniversary: { var: 'customer.birthday' } }],
    [{ days_since: { var: 'customer.metrics.last_order_at' } }],
    [{ days_since: 1717156800000 }],
    [{ days_since: [] }],
  ])('evaluate %j to null', (rule) => {
    expect(evaluateLogic(rule, data)).toBeNull();
  });

  it.each([['<'], ['<='], ['>'], ['>='], ['==']])('make "%s" comparisons false', (operator) => {
    expect(evaluateLogic({ [operator]: [{ days_since: 'not a date' }, 30] }, data)).toBe(false);
    expect(evaluateLogic({ [operator]: [{ days_since: { var: 'customer.metrics.last_order_at' } }, 30] }, data)).toBe(false);
  });

  it('give null when now itself is not a date', () => {
    expect(evaluateLogic({ days_since: '2024-01-01' }, at('yesterday'))).toBeNull();
    expect(evaluateLogic({ days_until_anniversary: '2024-01-01' }, {} as LogicData)).toBeNull();
  });
});

describe('has_tag and in_segment', () => {
  const customer = { tags: ['vip', 'newsletter'], segments: ['loyal'] };

  it('look in the customer tags and segments', () => {
    expect(evaluateLogic({ has_tag: 'vip' }, at(NOW, { customer }))).toBe(true);
    expect(evaluateLogic({ has_tag: ['newsletter'] }, at(NOW, { customer }))).toBe(true);
    expect(evaluateLogic({ has_tag: 'loyal' }, at(NOW, { customer }))).toBe(false);
    expect(evaluateLogic({ in_segment: 'loyal' }, at(NOW, { customer }))).toBe(true);
    expect(evaluateLogic({ in_segment: 'vip' }, at(NOW, { customer }))).toBe(false);
  });

  it('match the exact spelling', () => {
    expect(evaluateLogic({ has_tag: 'VIP' }, at(NOW, { customer }))).toBe(false);
  });

  it('take the name from the data', () => {
    const data = at(NOW, { customer, event: { type: 'tagged', properties: { tag: 'vip' } } });
    expect(evaluateLogic({ has_tag: { var: 'event.properties.tag' } }, data)).toBe(true);
  });

  it('are false without a customer, tags or segments, or with something else in their place', () => {
    expect(evaluateLogic({ has_tag: 'vip' }, at(NOW))).toBe(false);
    expect(evaluateLogic({ in_segment: 'loyal' }, at(NOW, { customer: {} }))).toBe(false);
    expect(evaluateLogic({ has_tag: 'vip' }, at(NOW, { customer: { tags: 'vip' as unknown as string[] } }))).toBe(false);
    expect(evaluateLogic({ has_tag: 1 }, at(NOW, { customer: { tags: [1] as unknown as string[] } }))).toBe(false);
  });

  it('do not read tags from an event that happens to have some', () => {
    const data = at(NOW, { customer: { tags: [] }, tags: ['vip'], event: { tags: ['vip'] } });
    expect(evaluateLogic({ has_tag: 'vip' }, data)).toBe(false);
  });
});

describe('retention operators inside per-item operators', () => {
  const data = at(NOW, {
    customer: {
      tags: ['vip'],
      segments: ['loyal'],
      orders: [
        { at: '2024-05-21T12:00:00Z', items: [{ sku: 'a' }] },
        { at: '2024-01-01T00:00:00Z', items: [] },
      ],
    },
  });

  it('still measure from the evaluation now, not from the list item', () => {
    const rule = { map: [{ var: 'customer.orders' }, { days_since: { var: 'at' } }] };
    expect(evaluateLogic(rule, data)).toEqual([10, 151.5]);
    expect(evaluateLogic({ some: [{ var: 'customer.orders' }, { '<': [{ days_since: { var: 'at' } }, 30] }] }, data)).toBe(true);
    expect(evaluateLogic({ all: [{ var: 'customer.orders' }, { '<': [{ days_since: { var: 'at' } }, 30] }] }, data)).toBe(false);
  });

  it('still look at the customer tags and segments, also two lists deep', () => {
    expect(evaluateLogic({ filter: [{ var: 'customer.orders' }, { has_tag: 'vip' }] }, data)).toHaveLength(2);
    const nested = { some: [{ var: 'customer.orders' }, { some: [{ var: 'items' }, { in_segment: 'loyal' }] }] };
    expect(evaluateLogic(nested, data)).toBe(true);
  });

  it('work in reduce, where the item is {current, accumulator}', () => {
    const rule = { reduce: [{ var: 'customer.orders' }, { max: [{ var: 'accumulator' }, { days_since: { var: 'current.at' } }] }, 0] };
    expect(evaluateLogic(rule, data)).toBe(151.5);
  });
});
