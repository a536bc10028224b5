import { describe, expect, it } from 'vitest';
import { canonicalJson, documentHash } from './documentHash.ts';

describe('documentHash', () => {
  it('gives equal documents the same hash whatever the order of their keys', () => {
    expect(documentHash({ id: 'a', nodes: [{ x: 1, y: [true, null] }], name: 'N' })).toBe(documentHash({ name: 'N', nodes: [{ y: [true, null], x: 1 }], id: 'a' }));
    expect(canonicalJson({ b: 1, a: { d: 'x', c: undefined } })).toBe('{"a":{"d":"x"},"b":1}');
  });

  it('tells documents apart by any value, and arrays by order', () => {
    expect(documentHash({ id: 'a', n: 1 })).not.toBe(documentHash({ id: 'a', n: 2 }));
    expect(documentHash([1, 2])).not.toBe(documentHash([2, 1]));
  });
});
