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
