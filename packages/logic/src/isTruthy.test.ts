import { describe, expect, it } from 'vitest';
import { isTruthy } from './isTruthy';

describe('isTruthy', () => {
  it.each([[[]], [0], [''], [null], [undefined], [false], [Number.NaN]])('treats %j as false', (value) => {
    expect(isTruthy(value)).toBe(false);
  });

  it.each([[[0]], [1], ['0'], [' '], [true], [{}], [-1]])('treats %j as true', (value) => {
    expect(isTruthy(value)).toBe(true);
  });
});
