import { describe, expect, it } from 'vitest';
import { conditionsOf, loadTemplates } from '../test/templates.ts';
import { logicToQuery } from './logicToQuery.ts';
import { EMPTY_CONDITION, queryToLogic } from './queryToLogic.ts';

describe('condition builder ⇄ JSON Logic', () => {
  const conditions = loadTemplates().flatMap(([file, playbook]) => conditionsOf(playbook).map(([where, logic]) => [`${file} ${where}`, logic] as const));

  it('finds the conditions of the templates', () => {
    expect(conditions.length).toBeGreaterThan(20);
  });

  it.each(conditions)('shows %s in the builder and writes it back unchanged', (_where, logic) => {
    const parsed = logicToQuery(logic);
    expect(parsed.representable).toBe(true);
    expect(queryToLogic(parsed.query)).toEqual(logic);
  });

  it('phrases days_since as a date rule', () => {
    const { query } = logicToQuery({ '>': [{ days_since: { var: 'customer.metrics.last_order_at' } }, 30] });
    expect(query.rules).toEqual([{ field: 'customer.metrics.last_order_at', operator: 'agoGt', value: 30 }]);
  });

  it('reads tags, segments and their negations', () => {
    const { query } = logicToQuery({ and: [{ has_tag: 'vip' }, { '!': { in_segment: 'churned' } }] });
    expect(query.rules).toEqual([
      { field: '$tag', operator: 'hasTag', value: 'vip' },
      { field: '$segment', operator: 'notInSegment', value: 'churned' },
    ]);
    expect(queryToLogic(query)).toEqual({ and: [{ has_tag: 'vip' }, { '!': { in_segment: 'churned' } }] });
  });

  it('turns typed numbers for number fields into numbers', () => {
    const logic = queryToLogic({ combinator: 'and', rules: [{ field: 'customer.metrics.orders', operator: '>=', value: '2' }] });
    expect(logic).toEqual({ '>=': [{ var: 'customer.metrics.orders' }, 2] });
  });

  it('keeps text as text for text fields', () => {
    const logic = queryToLogic({ combinator: 'and', rules: [{ field: 'customer.plan', operator: '=', value: '2' }] });
    expect(logic).toEqual({ '==': [{ var: 'customer.plan' }, '2'] });
  });

  it('writes lists, booleans and negated groups', () => {
    const query = {
      combinator: 'or',
      rules: [
        { field: 'customer.city', operator: 'in', value: 'Shanghai, Beijing' },
        { field: 'customer.vip', operator: 'isTrue', value: '' },
        { combinator: 'and', not: true, rules: [{ field: 'customer.metrics.orders', operator: '>', value: 3 }, { field: '$tag', operator: 'hasTag', value: 'x' }] },
      ],
    };
    const logic = queryToLogic(query);
    expect(logic).toEqual({
      or: [
        { in: [{ var: 'customer.city' }, ['Shanghai', 'Beijing']] },
        { '==': [{ var: 'customer.vip' }, true] },
        { '!': { and: [{ '>': [{ var: 'customer.metrics.orders' }, 3] }, { has_tag: 'x' }] } },
      ],
    });
    const back = logicToQuery(logic);
    expect(back.representable).toBe(true);
    expect(queryToLogic(back.query)).toEqual(logic);
  });

  it('writes an empty required condition as an empty "all of", and an empty optional one as nothing', () => {
    expect(queryToLogic({ combinator: 'and', rules: [] })).toEqual(EMPTY_CONDITION);
    expect(queryToLogic({ combinator: 'and', rules: [] }, { optional: true })).toBeUndefined();
    expect(logicToQuery(EMPTY_CONDITION)).toEqual({ query: { combinator: 'and', rules: [] }, representable: true });
    expect(logicToQuery(undefined).representable).toBe(true);
  });

  it('marks rules it cannot show as not representable, instead of dropping parts', () => {
    expect(logicToQuery({ and: [{ has_tag: 'vip' }, { some: [{ var: 'customer.tags' }, { '==': [{ var: '' }, 'a'] }] }] }).representable).toBe(false);
    expect(logicToQuery({ '>': [{ '+': [{ var: 'customer.a' }, 1] }, 3] }).representable).toBe(false);
    expect(logicToQuery(true).representable).toBe(false);
    expect(logicToQuery({ if: [{ var: 'a' }, 1, 2] }).representable).toBe(false);
  });
});
