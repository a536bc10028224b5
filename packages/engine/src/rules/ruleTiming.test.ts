import type { Logic } from '@stayflow/logic';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../buildContext.ts';
import { metricsAt } from '../metrics/metricsAt.ts';
import { emptyMetrics, type MetricsState } from '../metrics/MetricsState.ts';
import { at, DAY } from '../testing/fixtures.ts';
import { compileRule } from './compileRule.ts';
import { type NextChange, ruleTiming } from './ruleTiming.ts';

const LAST_ORDER = { var: 'customer.metrics.days_since_last_order' };
const LAST_SEEN = { var: 'customer.metrics.days_since_last_seen' };
const FEEDBACK = { var: 'customer.metrics.negative_feedback_90d' };
const SIGNUP = { days_since: { var: 'customer.signup_date' } };
const RENEWAL = { days_until: { var: 'customer.renewal' } };
const BIRTHDAY = { days_until_anniversary: { var: 'customer.birthday' } };

interface Customer {
  metrics?: Partial<MetricsState>;
  attributes?: Record<string, unknown>;
  segments?: string[];
}

function dataAt(customer: Customer, now: number) {
  const state = { ...emptyMetrics(), ...customer.metrics };
  return buildContext({ id: 'c1', attributes: customer.attributes ?? {}, tags: [], segments: customer.segments ?? [], metrics: metricsAt(state, now) }, null, now);
}

function nextOf(rule: Logic, customer: Customer, now: number, segmentChange?: (name: string | null) => NextChange): NextChange {
  const state = { ...emptyMetrics(), ...customer.metrics };
  return ruleTiming(rule).next({ data: dataAt(customer, now), metrics: state, now, ...(segmentChange ? { segmentChange } : {}) });
}

const holds = (rule: Logic, customer: Customer, t: number) => compileRule(rule, { segment: 'test' }).test(dataAt(customer, t));

const T0 = at('2026-01-01T00:00:00Z');
const ordered = { metrics: { orders: 1, lastOrderAt: T0, firstOrderAt: T0, lastSeenAt: T0 } };

describe('when a rule can next change with time alone', () => {
  const table: { name: string; rule: Logic; customer: Customer; now: number; next: NextChange }[] = [
    { name: 'no order for 90 days, 10 days in', rule: { '>=': [LAST_ORDER, 90] }, customer: ordered, now: T0 + 10 * DAY, next: T0 + 90 * DAY },
    { name: 'no order for 90 days, already true', rule: { '>=': [LAST_ORDER, 90] }, customer: ordered, now: T0 + 100 * DAY, next: 'never' },
    { name: 'no order for 90 days, never ordered', rule: { '>=': [LAST_ORDER, 90] }, customer: {}, now: T0, next: 'never' },
    { name: 'strictly more than 30 days: the millisecond after', rule: { '>': [LAST_ORDER, 30] }, customer: ordered, now: T0, next: T0 + 30 * DAY + 1 },
    { name: 'the constant first', rule: { '<': [30, LAST_ORDER] }, customer: ordered, now: T0, next: T0 + 30 * DAY + 1 },
    { name: 'a number in a string', rule: { '>=': [LAST_ORDER, '45'] }, customer: ordered, now: T0, next: T0 + 45 * DAY },
    { name: 'a threshold from an attribute', rule: { '>=': [LAST_ORDER, { var: 'customer.threshold' }] }, customer: { ...ordered, attributes: { threshold: 12.5 } }, now: T0, next: T0 + 12.5 * DAY },
    { name: 'between 30 and 60 days', rule: { '<': [30, LAST_ORDER, 60] }, customer: ordered, now: T0 + DAY, next: T0 + 30 * DAY + 1 },
    { name: 'between, inside', rule: { '<': [30, LAST_ORDER, 60] }, customer: ordered, now: T0 + 40 * DAY, next: T0 + 60 * DAY },
    {
      name: 'and of two windows',
      rule: { and: [{ '>=': [LAST_ORDER, 90] }, { '<': [LAST_ORDER, 180] }] },
      customer: ordered,
      now: T0 + 100 * DAY,
      next: T0 + 180 * DAY,
    },
    { name: 'not', rule: { '!': { '>=': [LAST_SEEN, 14] } }, customer: ordered, now: T0, next: T0 + 14 * DAY },
    { name: 'or with a static part', rule: { or: [{ '>': [{ var: 'customer.metrics.orders' }, 5] }, { '>=': [LAST_ORDER, 7] }] }, customer: ordered, now: T0, next: T0 + 7 * DAY },
    { name: 'days since a date attribute', rule: { '>=': [SIGNUP, 30] }, customer: { attributes: { signup_date: '2026-01-01' } }, now: at('2026-01-10T00:00:00Z'), next: at('2026-01-31T00:00:00Z') },
    { name: 'days since an attribute that is not a date', rule: { '>=': [SIGNUP, 30] }, customer: { attributes: { signup_date: 'soon' } }, now: T0, next: 'never' },
    { name: 'days until a renewal', rule: { '<=': [RENEWAL, 7] }, customer: { attributes: { renewal: '2026-03-01T00:00:00Z' } }, now: at('2026-02-01T00:00:00Z'), next: at('2026-02-22T00:00:00Z') },
    {
      name: 'negative feedback in the last 90 days, two of them',
      rule: { '>=': [FEEDBACK, 2] },
      customer: { metrics: { lastSeenAt: T0 + DAY, negativeFeedbackAt: [T0, T0 + DAY] } },
      now: T0 + 2 * DAY,
      next: T0 + 90 * DAY,
    },
    { name: 'a birthday within a week', rule: { '<=': [BIRTHDAY, 7] }, customer: { attributes: { birthday: '1990-05-20' } }, now: at('2026-05-01T10:00:00Z'), next: at('2026-05-13T00:00:00Z') },
    { name: 'no time in it', rule: { '>': [{ var: 'customer.metrics.orders' }, 3] }, customer: ordered, now: T0, next: 'never' },
    { name: 'now read as a string', rule: { '<': [{ var: 'customer.trial_end' }, { var: 'now' }] }, customer: {}, now: T0, next: 'unknown' },
    { name: 'arithmetic on a time-based value', rule: { '>': [{ '+': [LAST_ORDER, 1] }, 90] }, customer: ordered, now: T0, next: 'unknown' },
    { name: 'a time-based value inside some', rule: { some: [{ var: 'customer.items' }, { '>': [{ days_since: { var: 'at' } }, 3] }] }, customer: {}, now: T0, next: 'unknown' },
    { name: 'the whole metrics object', rule: { '!!': { var: 'customer.metrics' } }, customer: {}, now: T0, next: 'unknown' },
    { name: 'a computed path', rule: { '>': [{ var: { cat: ['customer.', 'x'] } }, 1] }, customer: {}, now: T0, next: 'unknown' },
    { name: 'a segment, without knowing when segments change', rule: { in_segment: 'vip' }, customer: {}, now: T0, next: 'unknown' },
  ];

  for (const row of table) {
    it(`${row.name}: ${typeof row.next === 'number' ? new Date(row.next).toISOString() : row.next}`, () => {
      const next = nextOf(row.rule, row.customer, row.now);
      expect(next).toBe(row.next);
      if (typeof next === 'number') {
        // Exact in these cases: the answer is the same just before, and differs at the instant.
        expect(holds(row.rule, row.customer, next - 1)).toBe(holds(row.rule, row.customer, row.now));
        expect(holds(row.rule, row.customer, next)).not.toBe(holds(row.rule, row.customer, row.now));
      }
    });
  }

  it('says which rules it covers', () => {
    expect(ruleTiming({ '>': [{ var: 'customer.metrics.orders' }, 3] }).kind).toBe('static');
    expect(ruleTiming({ '>=': [LAST_ORDER, 90] }).kind).toBe('timed');
    expect(ruleTiming({ '<': [{ var: 'customer.trial_end' }, { var: 'now' }] }).kind).toBe('unknown');
    expect(ruleTiming({ and: [{ in_segment: 'vip' }, { '>': [LAST_ORDER, 3] }] }).segments).toEqual(new Set(['vip']));
    expect(ruleTiming({ in: ['vip', { var: 'customer.segments' }] }).segments).toBe('all');
  });

  it('reads a segment as changing when the caller says it does', () => {
    const rule = { and: [{ in_segment: 'vip' }, { '>=': [LAST_ORDER, 90] }] };
    expect(nextOf(rule, ordered, T0, (name) => (name === 'vip' ? T0 + DAY : 'never'))).toBe(T0 + DAY);
    expect(nextOf(rule, ordered, T0, () => 'never')).toBe(T0 + 90 * DAY);
  });

  // Rules built from the covered atoms, random customers and instants: the answer never changes strictly before the computed instant.
  const constant = fc.oneof(fc.integer({ min: -400, max: 400 }), fc.double({ min: -400, max: 400, noNaN: true }), fc.constantFrom('90', null, true, 'x', [30]));
  const term = fc.constantFrom<Logic>(LAST_ORDER, LAST_SEEN, FEEDBACK, SIGNUP, RENEWAL, BIRTHDAY);
  const comparison = fc.oneof(
    fc.tuple(fc.constantFrom('<', '<=', '>', '>=', '==', '!=', '===', '!=='), term, constant, fc.boolean()).map(([op, t, c, flipped]) => ({ [op]: flipped ? [c, t] : [t, c] }) as Logic),
    fc.tuple(fc.constantFrom('<', '<='), term, constant, constant).map(([op, t, a, b]) => ({ [op]: [a, t, b] }) as Logic),
    // Values that move in steps are covered anywhere, not only in comparisons.
    fc.constantFrom<Logic>(FEEDBACK, BIRTHDAY).map((t) => ({ '!!': t }) as Logic),
  );
  const rule = fc.letrec<{ rule: Logic }>((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      comparison,
      fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((rules) => ({ and: rules })),
      fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((rules) => ({ or: rules })),
      tie('rule').map((r) => ({ '!': r })),
      fc.tuple(tie('rule'), tie('rule'), tie('rule')).map(([a, b, c]) => ({ if: [a, b, c] })),
    ),
  })).rule;
  const instant = fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') });
  const customer = fc.record({
    lastOrderAt: fc.option(instant),
    lastSeenAt: fc.option(instant),
    feedback: fc.array(instant, { maxLength: 4 }),
    signup: fc.option(instant.map((t) => new Date(t).toISOString())),
    renewal: fc.option(instant.map((t) => new Date(t).toISOString().slice(0, 10))),
    birthday: fc.option(instant.map((t) => new Date(t).toISOString().slice(0, 10))),
  });

  it('never changes an answer strictly before the instant it computes', () => {
    fc.assert(
      fc.property(rule, customer, instant, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), (r, c, now, fractions) => {
        const subject: Customer = {
          metrics: { lastOrderAt: c.lastOrderAt, lastSeenAt: c.lastSeenAt, orders: c.lastOrderAt === null ? 0 : 1, negativeFeedbackAt: [...c.feedback].sort((a, b) => a - b) },
          attributes: { signup_date: c.signup, renewal: c.renewal, birthday: c.birthday },
        };
        const next = nextOf(r, subject, now);
        expect(next).not.toBe('unknown');
        const before = holds(r, subject, now);
        const end = typeof next === 'number' ? next : now + 3 * 365 * DAY;
        if (typeof next === 'number') expect(next).toBeGreaterThan(now);
        const probes = [end - 1, now + 1, ...fractions.map((f) => now + Math.floor(f * (end - now)))];
        for (const t of probes) if (t >= now && t < end) expect(holds(r, subject, t)).toBe(before);
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});
