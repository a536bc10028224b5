import { describe, expect, it } from 'vitest';
import { argTypeAt, type OperatorInfo } from './OperatorInfo';
import { findOperator } from './operatorCatalogue';

describe('argTypeAt', () => {
  it('reads each listed argument type and repeats the last one for every later argument', () => {
    const info: OperatorInfo = { ...findOperator('substr')!, args: { min: 1, max: Infinity, types: ['array', 'string', 'number'] } };
    expect([0, 1, 2, 3, 40].map((i) => argTypeAt(info, i))).toEqual(['array', 'string', 'number', 'number', 'number']);
  });
});
