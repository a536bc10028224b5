import { describe, expect, it } from 'vitest';
import { evaluateLogic } from './evaluateLogic';
import type { LogicData } from './Logic';
import { readPath } from './readPath';

const data: LogicData = {
  now: '2024-05-31T12:00:00Z',
  customer: { name: 'Ada', tags: ['vip'], metrics: { orders: 3 } },
  a: { b: 1 },
};

describe('var reads own properties only', () => {
  it.each([
    ['constructor'],
    ['__proto__'],
    ['toString'],
    ['hasOwnProperty'],
    ['customer.__proto__'],
    ['customer.constructor'],
    ['customer.constructor.prototype'],
    ['a.toString'],
    ['a.valueOf'],
    ['customer.tags.constructor'],
    ['customer.tags.map'],
    ['customer.name.constructor'],
    ['customer.name.toUpperCase'],
  ])('gives null for the inherited member %s', (path) => {
    expect(evaluateLogic({ var: path }, data)).toBeNull();
  });

  it('gives the default instead of an inherited member', () => {
    expect(evaluateLogic({ var: ['constructor', 'none'] }, data)).toBe('none');
    expect(evaluateLogic({ var: ['customer.__proto__', 0] }, data)).toBe(0);
  });

  it('still reads own properties, list items and lengths', () => {
    expect(evaluateLogic({ var: 'customer.metrics.orders' }, data)).toBe(3);
    expect(evaluateLogic({ var: 'customer.tags.0' }, data)).toBe('vip');
    expect(evaluateLogic({ var: 'customer.tags.length' }, data)).toBe(1);
    expect(evaluateLogic({ var: 'customer.name.length' }, data)).toBe(3);
  });

  it('reads a "__proto__" key that the data really has, as plain data', () => {
    const parsed = JSON.parse('{"now":"2024-05-31T12:00:00Z","x":{"__proto__":{"polluted":true}}}') as LogicData;
    expect(evaluateLogic({ var: 'x.__proto__.polluted' }, parsed)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats inherited members as missing for missing and missing_some', () => {
    expect(evaluateLogic({ missing: ['toString', 'customer.name', 'a.constructor'] }, data)).toEqual(['toString', 'a.constructor']);
    expect(evaluateLogic({ missing_some: [1, ['valueOf', 'constructor']] }, data)).toEqual(['valueOf', 'constructor']);
  });

  it('keeps list items safe inside map, filter and the other per-item operators', () => {
    const rule = { map: [{ var: 'customer.tags' }, { var: 'constructor' }] };
    expect(evaluateLogic(rule, data)).toEqual([null]);
  });
});

describe('operators that reach outside the data are gone', () => {
  it('evaluates log to null without printing anything', () => {
    expect(evaluateLogic({ log: 'hello' }, data)).toBeNull();
  });

  it('evaluates method to null instead of calling it', () => {
    expect(evaluateLogic({ method: [{ var: 'customer.name' }, 'toUpperCase'] }, data)).toBeNull();
  });

  it('does not resolve dotted operator names against the operation table', () => {
    expect(evaluateLogic({ 'constructor.constructor': ['return 1'] }, data)).toBeNull();
    expect(evaluateLogic({ 'hasOwnProperty': ['x'] }, data)).toBeNull();
  });
});

describe('readPath', () => {
  it('returns the data itself for an empty path', () => {
    expect(readPath(5, '', null)).toBe(5);
    expect(readPath(5, null, null)).toBe(5);
    expect(readPath(5, undefined, null)).toBe(5);
  });

  it('gives notFound when a step is missing, null or undefined', () => {
    expect(readPath(null, 'a', 'x')).toBe('x');
    expect(readPath({ a: null }, 'a.b', 'x')).toBe('x');
    expect(readPath({ a: undefined }, 'a', 'x')).toBe('x');
    expect(readPath(7, 'a', 'x')).toBe('x');
  });

  it('reads objects made without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    expect(readPath(bare, 'a', null)).toBe(1);
  });
});
