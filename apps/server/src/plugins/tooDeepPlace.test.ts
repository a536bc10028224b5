import { describe, expect, it } from 'vitest';
import { tooDeepPlace } from './tooDeepPlace.ts';

describe('tooDeepPlace', () => {
  it('accepts JSON up to the limit, whatever brackets its strings hold', () => {
    expect(tooDeepPlace('{"a":{"b":[1,2]}}', 3)).toBeNull();
    expect(tooDeepPlace('{"a":"{{{{[[[[\\"{{{"}', 1)).toBeNull();
    expect(tooDeepPlace('12', 0)).toBeNull();
  });

  it('names the first container past the limit by its keys and indexes', () => {
    expect(tooDeepPlace('{"a":{"b":[1,2]}}', 2)).toEqual(['a', 'b']);
    expect(tooDeepPlace('{"x":1,"list":[0,{"k\\"ey":{"z":{}}}]}', 3)).toEqual(['list', 1, 'k"ey']);
    expect(tooDeepPlace('[[],[[]],[1,[[]]]]', 3)).toEqual([2, 1, 0]);
  });

  it('scans a body nested a million levels deep without recursion', () => {
    const text = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(tooDeepPlace(text, 128)).toEqual(new Array(128).fill(0));
  });
});
