import { describe, expect, it } from 'vitest';
import { checkCondition } from './checkCondition.ts';

describe('checkCondition', () => {
  it('accepts a usable condition', () => {
    expect(checkCondition({ '>=': [{ var: 'customer.metrics.total_spent' }, 200] })).toEqual([]);
  });

  it('names the place of a problem under the given path', () => {
    const [issue, ...rest] = checkCondition({ and: [true, { frobnicate: [1] }] }, { path: ['if'] });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'logic.unknown_operator', severity: 'error', path: '$.if.and[1].frobnicate', params: { operator: 'frobnicate' } });
    expect(issue?.message).toContain('"frobnicate"');
  });

  it('writes its messages in the requested language', () => {
    const [issue] = checkCondition({ frobnicate: [1] }, { locale: 'zh-CN' });
    expect(issue).toMatchObject({ code: 'logic.unknown_operator', path: '$.frobnicate' });
    expect(issue?.message).toBe('这个条件使用了未知的运算符 "frobnicate"。请从条件列表中选择。');
  });
});

describe('checkCondition and empty values', () => {
  it.each([
    ['a comparison with empty text', { '>=': [{ var: 'customer.metrics.orders' }, ''] }, '$[">="][1]', 'orders'],
    ['an ordering with null', { '<': [{ var: 'customer.metrics.orders' }, null] }, '$["<"][1]', 'orders'],
    ['an equality with blank text', { '==': [{ var: 'customer.attributes.city' }, ''] }, '$["=="][1]', 'city'],
    ['a date comparison with blank text', { '>': [{ days_since: { var: 'customer.attributes.signup' } }, '  '] }, '$[">"][1]', 'signup'],
    ['a between with no bounds', { '<=': [null, { var: 'customer.metrics.orders' }, 5] }, '$["<="][0]', 'orders'],
    ['an empty list', { in: [{ var: 'customer.attributes.city' }, []] }, '$.in[1]', 'city'],
    ['a tag with no name', { has_tag: '' }, '$.has_tag', 'tag'],
    ['a segment with no name, negated', { '!': { in_segment: ' ' } }, '$["!"].in_segment', 'segment'],
  ])('refuses %s', (_name, rule, path, field) => {
    const issues = checkCondition(rule);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'logic.empty_value', path, params: expect.objectContaining({ field }) }));
  });

  it('says so in both languages without a step', () => {
    const rule = { and: [{ '>=': [{ var: 'customer.metrics.orders' }, ''] }] };
    expect(checkCondition(rule)[0]?.message).toBe('The rule on "orders" (>=) has an empty value. Fill in the value, or remove the rule.');
    expect(checkCondition(rule, { locale: 'zh-CN' })[0]?.message).toBe('关于 "orders" 的规则（>=）没有填写值。请填写值，或删除这条规则。');
  });

  it.each([
    ['a number', { '>=': [{ var: 'customer.metrics.orders' }, 0] }],
    ['false', { '==': [{ var: 'customer.attributes.vip' }, false] }],
    ['an "is not set" check', { '!': [{ var: 'customer.attributes.city' }] }],
    ['a "has ordered" check (!= null)', { '!=': [{ var: 'customer.metrics.days_since_last_order' }, null] }],
    ['literals only', { '==': ['', ''] }],
    ['a tag', { has_tag: 'vip' }],
  ])('accepts a rule with %s', (_name, rule) => {
    expect(checkCondition(rule)).toEqual([]);
  });
});
