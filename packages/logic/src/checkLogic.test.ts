import { describe, expect, it } from 'vitest';
import { checkLogic } from './checkLogic';

function codes(rule: unknown): string[] {
  return checkLogic(rule).map((issue) => issue.code);
}

describe('checkLogic accepts', () => {
  it.each([
    [true],
    [null],
    ['text'],
    [[1, 'a', [null]]],
    [{ '>': [{ var: 'customer.metrics.days_since_last_order' }, 90] }],
    [{ and: [{ has_tag: 'vip' }, { in_segment: 'loyal' }, { '<': [{ days_since: { var: 'customer.metrics.last_order_at' } }, 30] }] }],
    [{ '<=': [0, { days_until_anniversary: { var: 'customer.birthday' } }, 7] }],
    [{ days_since: '2024-05-31T10:00:00+08:00' }],
    [{ in: [{ var: 'event.properties.sku' }, ['a', 'b']] }],
    [{ some: [{ var: 'customer.orders' }, { '>': [{ var: 'amount' }, 100] }] }],
    [{ var: 1 }],
    [{ var: ['customer.name', 'friend'] }],
    [{ var: { cat: ['customer.', 'name'] } }],
    [{ missing: [['customer.email', 'customer.phone']] }],
    [{ missing_some: [1, ['customer.email', 'customer.phone']] }],
    [{ '+': ['3', 4] }],
    [{ if: [{ has_tag: 'vip' }, 'gold', { in_segment: 'loyal' }, 'silver', 'bronze'] }],
  ])('the well-formed rule %j', (rule) => {
    expect(checkLogic(rule)).toEqual([]);
  });
});

describe('logic.unknown_operator', () => {
  it('names the operator and points at it', () => {
    expect(checkLogic({ and: [{ '>': [1, 0] }, { frobnicate: [1] }] })).toEqual([
      {
        code: 'logic.unknown_operator',
        message: 'Unknown operator "frobnicate": choose one from the list of conditions.',
        path: ['and', 1, 'frobnicate'],
        operator: 'frobnicate',
        params: { operator: 'frobnicate' },
      },
    ]);
  });

  it.each([['log'], ['method'], ['__sf_days_since'], ['__sf_root'], ['__proto__'], ['constructor'], ['toString'], ['Math.abs'], ['AND'], ['']])(
    'rejects %j, including the removed and internal operators',
    (operator) => {
      const rule = JSON.parse(`{${JSON.stringify(operator)}: ["2024-01-01", "2030-01-01"]}`) as unknown;
      expect(codes(rule)).toEqual(['logic.unknown_operator']);
    },
  );

  it('still checks what is inside an unknown operator', () => {
    expect(codes({ foo: [{ var: 'constructor' }] })).toEqual(['logic.unknown_operator', 'logic.unsafe_var']);
  });
});

describe('logic.arity', () => {
  it('says how many values the operator takes', () => {
    const [issue] = checkLogic({ and: [{ '>': [1, 2, 3] }] });
    expect(issue).toEqual({
      code: 'logic.arity',
      message: '"is greater than" takes 2 values, but 3 are given.',
      path: ['and', 0, '>'],
      operator: '>',
      params: { operator: '>', label: 'is greater than', given: 3, expected: '2', min: 2, max: 2 },
    });
  });

  it.each([
    [{ '==': [1] }, '2'],
    [{ '<': [1, 2, 3, 4] }, '2–3'],
    [{ and: [] }, '≥1'],
    [{ '?:': [true, 1] }, '3'],
    [{ days_since: ['2024-01-01', '2024-02-01'] }, '1'],
    [{ has_tag: [] }, '1'],
    [{ var: ['a', 1, 2] }, '≤2'],
    [{ '!': [true, false] }, '1'],
  ])('rejects %j, which takes %s', (rule, expected) => {
    const issues = checkLogic(rule);
    expect(issues.map((issue) => issue.code)).toEqual(['logic.arity']);
    expect(issues[0]?.params?.expected).toBe(expected);
  });

  it('leaves out max for operators without an upper limit', () => {
    expect(checkLogic({ or: [] })[0]?.params).toEqual({ operator: 'or', label: 'any of', given: 0, expected: '≥1', min: 1 });
  });
});

describe('logic.too_deep', () => {
  function nested(levels: number): unknown {
    let rule: unknown = { var: 'x' };
    for (let i = 1; i < levels; i++) rule = { '!': [rule] };
    return rule;
  }

  it('accepts 32 levels and rejects 33 by default', () => {
    expect(checkLogic(nested(32))).toEqual([]);
    const issues = checkLogic(nested(33));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'logic.too_deep', params: { max: 32 } });
    expect(issues[0]?.path).toEqual(Array.from({ length: 32 }, () => ['!', 0]).flat());
  });

  it('follows maxDepth', () => {
    expect(codes(nested(3))).toEqual([]);
    expect(checkLogic(nested(3), { maxDepth: 2 })).toMatchObject([{ code: 'logic.too_deep', params: { max: 2 } }]);
  });

  it('counts nested lists too', () => {
    let list: unknown = 1;
    for (let i = 0; i < 40; i++) list = [list];
    expect(codes(list)).toEqual(['logic.too_deep']);
  });

  it('falls back to 32 for a nonsensical maxDepth', () => {
    for (const maxDepth of [0, -1, 1.5, Number.NaN, Infinity]) {
      expect(codes(nested(33)), String(maxDepth)).toEqual(['logic.too_deep']);
      expect(checkLogic(nested(33), { maxDepth })[0]?.params).toEqual({ max: 32 });
    }
  });

  it('survives rules nested far beyond any limit', () => {
    expect(codes(nested(100_000))).toEqual(['logic.too_deep']);
    expect(checkLogic(nested(5000), { maxDepth: 10_000 })[0]?.params).toEqual({ max: 1000 });
  });
});

describe('logic.malformed', () => {
  it('rejects an operation with two operators', () => {
    expect(checkLogic({ and: [{ '>': [1, 0], '<': [1, 2] }] })).toEqual([
      {
        code: 'logic.malformed',
        message: 'A condition has exactly one operator, but this one has 2 (">", "<"): split it with "all of" or "any of".',
        path: ['and', 0],
        params: { reason: 'keys', count: 2, keys: ['>', '<'] },
      },
    ]);
  });

  it('rejects an empty object', () => {
    expect(checkLogic({ or: [{}] })).toMatchObject([{ code: 'logic.malformed', path: ['or', 0], params: { reason: 'keys', count: 0 } }]);
  });

  it('rejects values that are not JSON', () => {
    expect(checkLogic({ '==': [undefined, () => 1] })).toMatchObject([
      { code: 'logic.malformed', path: ['==', 0], params: { reason: 'not_json', type: 'undefined' } },
      { code: 'logic.malformed', path: ['==', 1], params: { reason: 'not_json', type: 'function' } },
    ]);
    expect(codes(10n)).toEqual(['logic.malformed']);
    expect(codes(Symbol('x'))).toEqual(['logic.malformed']);
  });

  it('rejects a rule that contains itself', () => {
    const rule: { and: unknown[] } = { and: [] };
    rule.and.push({ '!': [rule] });
    expect(checkLogic(rule)).toMatchObject([{ code: 'logic.malformed', path: ['and', 0, '!', 0], params: { reason: 'cycle' } }]);
    const list: unknown[] = [1];
    list.push(list);
    expect(codes(list)).toEqual(['logic.malformed']);
  });

  it('checks a value shared by two branches once, without exponential work', () => {
    let rule: unknown = { foo: [] };
    for (let i = 0; i < 25; i++) rule = { and: [rule, rule] };
    expect(codes(rule)).toEqual(['logic.unknown_operator']);
  });

  it('reports an object whose reading throws, instead of throwing', () => {
    const hostile = { get and(): unknown {
      throw new Error('boom');
    } };
    expect(codes(hostile)).toEqual(['logic.malformed']);
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(codes({ or: [proxy] })).toEqual(['logic.malformed']);
  });

  it('stops on a rule too large to check', () => {
    const huge = new Array<number>(2_000_000).fill(1);
    expect(checkLogic({ in: [1, huge] })).toMatchObject([{ code: 'logic.malformed', params: { reason: 'too_large' } }]);
  });

  it('reports at most 100 issues', () => {
    const rule = { and: Array.from({ length: 500 }, (_, i) => ({ [`op${i}`]: [] })) };
    expect(checkLogic(rule)).toHaveLength(100);
  });
});

describe('logic.unsafe_var', () => {
  it.each([
    [{ var: 'constructor' }, ['var'], 'constructor'],
    [{ var: ['customer.__proto__.polluted', 1] }, ['var', 0], 'customer.__proto__.polluted'],
    [{ and: [{ '==': [{ var: 'customer.tags.constructor.prototype' }, 1] }] }, ['and', 0, '==', 0, 'var'], 'customer.tags.constructor.prototype'],
    [{ missing: ['customer.name', 'prototype'] }, ['missing', 1], 'prototype'],
    [{ missing: [['a', '__proto__.x']] }, ['missing', 0, 1], '__proto__.x'],
    [{ missing_some: [1, ['a', 'constructor']] }, ['missing_some', 1, 1], 'constructor'],
  ])('rejects %j', (rule, path, variable) => {
    const issues = checkLogic(rule);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'logic.unsafe_var', path, params: { var: variable } });
    expect(issues[0]?.message).toMatch(/^The field ".+" cannot be used in a condition: "(__proto__|constructor|prototype)" is a reserved name\.$/);
  });

  it('allows names that merely contain a reserved word', () => {
    expect(checkLogic({ var: 'customer.constructor_id' })).toEqual([]);
    expect(checkLogic({ var: 'customer.prototypes' })).toEqual([]);
  });
});

describe('logic.bad_argument', () => {
  it('explains what the operator needs', () => {
    expect(checkLogic({ and: [{ days_since: 5 }] })).toEqual([
      {
        code: 'logic.bad_argument',
        message: '"days since" needs a date such as "2024-05-31" here, not 5.',
        path: ['and', 0, 'days_since'],
        operator: 'days_since',
        params: { operator: 'days_since', label: 'days since', index: 0, expected: 'date', given: '5', reason: 'it needs a date such as "2024-05-31", not 5' },
      },
    ]);
  });

  it.each([
    [{ has_tag: 3 }, ['has_tag'], 'string'],
    [{ in_segment: [null] }, ['in_segment', 0], 'string'],
    [{ days_until: ['31/05/2024'] }, ['days_until', 0], 'date'],
    [{ days_until_anniversary: '2023-02-29' }, ['days_until_anniversary'], 'date'],
    [{ days_since: true }, ['days_since'], 'date'],
    [{ '+': [1, 'abc'] }, ['+', 1], 'number'],
    [{ '*': [2, true] }, ['*', 1], 'number'],
    [{ '-': [[1]] }, ['-', 0], 'number'],
    [{ some: ['vip', { '==': [{ var: '' }, 1] }] }, ['some', 0], 'array'],
    [{ map: [5, 1] }, ['map', 0], 'array'],
    [{ missing_some: ['two', ['a', 'b']] }, ['missing_some', 0], 'number'],
    [{ missing_some: [1, 'a'] }, ['missing_some', 1], 'array'],
    [{ var: true }, ['var'], 'path'],
    [{ var: [['a']] }, ['var', 0], 'path'],
    [{ missing: [true] }, ['missing', 0], 'path'],
  ])('rejects %j', (rule, path, expected) => {
    const issues = checkLogic(rule);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'logic.bad_argument', path, params: { expected } });
  });

  it('accepts literals json-logic converts, and any computed value', () => {
    expect(checkLogic({ '+': [' 3 ', '-2.5e1', 1] })).toEqual([]);
    expect(checkLogic({ days_since: { var: 'customer.birthday' } })).toEqual([]);
    expect(checkLogic({ has_tag: { cat: ['tier-', { var: 'customer.tier' }] } })).toEqual([]);
    expect(checkLogic({ map: [{ merge: [[1], [2]] }, { '*': [{ var: '' }, 2] }] })).toEqual([]);
    expect(checkLogic({ '==': [true, [1, 2]] })).toEqual([]);
  });
});

describe('checkLogic as a whole', () => {
  it('reports every problem of a rule, each at its own path', () => {
    const rule = { and: [{ has_tag: 3 }, { foo: 1 }, { '>': [1] }, { var: 'a.constructor' }, { x: 1, y: 2 }] };
    expect(checkLogic(rule).map((issue) => [issue.code, issue.path])).toEqual([
      ['logic.bad_argument', ['and', 0, 'has_tag']],
      ['logic.unknown_operator', ['and', 1, 'foo']],
      ['logic.arity', ['and', 2, '>']],
      ['logic.unsafe_var', ['and', 3, 'var']],
      ['logic.malformed', ['and', 4]],
    ]);
  });

  it('does not modify the rule', () => {
    const rule = { and: [{ days_since: 5 }, { var: 'constructor' }] };
    const before = JSON.stringify(rule);
    checkLogic(rule);
    expect(JSON.stringify(rule)).toBe(before);
  });
});

describe('logic.too_costly', () => {
  const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

  it('refuses four nested maps over 100-element lists, with the estimate and the budget', () => {
    const rule = { map: [upTo(100), { map: [upTo(100), { map: [upTo(100), { map: [upTo(100), { var: '' }] }] }] }] };
    const issues = checkLogic(rule);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'logic.too_costly', params: { reason: 'operations', budget: 15_000 } });
    expect(issues[0]?.params?.estimate).toBeGreaterThan(100_000_000);
    expect(issues[0]?.message).toMatch(/^This condition could need about 303,030,302 operations to evaluate, more than the limit of 15,000/);
  });

  it('refuses a reduce whose accumulator doubles', () => {
    const rule = { reduce: [upTo(30), { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    expect(checkLogic(rule)).toMatchObject([{ code: 'logic.too_costly', path: ['reduce', 1], params: { reason: 'size', budget: 1_000_000 } }]);
  });

  it('accepts iterating once over a list from the data', () => {
    expect(checkLogic({ some: [{ var: 'customer.orders' }, { and: [{ '>': [{ var: 'amount' }, 100] }, { '<': [{ days_since: { var: 'at' } }, 30] }] }] })).toEqual([]);
  });

  it('is only reported for a rule with no other issue', () => {
    const rule = { and: [{ frobnicate: [] }, { map: [upTo(1000), { map: [upTo(1000), 1] }] }] };
    expect(codes(rule)).toEqual(['logic.unknown_operator']);
  });
});
