import { describe, expect, it } from 'vitest';
import { jsonLogic } from './jsonLogicEngine';
import { argTypeAt, type ArgType, type OperatorInfo } from './OperatorInfo';
import { findOperator, operatorCatalogue } from './operatorCatalogue';
import { INTERNAL_PREFIX, retentionOperators } from './retentionOperators';

const names = operatorCatalogue.map((info) => info.name);
const CJK = /[\u4e00-\u9fff]/;

const SAMPLE: Record<ArgType, unknown> = { any: 1, number: 2, string: 'a', boolean: true, date: '2024-01-01', array: [[1]], logic: true };

function sampleArgs(info: OperatorInfo): unknown[] {
  if (info.name === 'missing_some') return [1, ['a']];
  return Array.from({ length: Math.max(info.args.min, 1) }, (_, i) => SAMPLE[argTypeAt(info, i)]);
}

describe('operatorCatalogue', () => {
  it('lists the kept json-logic-js operators and the retention operators, nothing else', () => {
    expect([...names].sort()).toEqual(
      [
        '==', '===', '!=', '!==', '>', '>=', '<', '<=',
        '!', '!!', 'and', 'or', 'if', '?:',
        '+', '-', '*', '/', '%', 'max', 'min',
        'cat', 'substr',
        'in', 'merge', 'map', 'filter', 'reduce', 'all', 'some', 'none',
        'var', 'missing', 'missing_some',
        'days_since', 'days_until', 'days_until_anniversary', 'has_tag', 'in_segment',
      ].sort(),
    );
  });

  it('leaves out log, method and the internal operators', () => {
    for (const name of ['log', 'method', ...[...retentionOperators.values()].map((op) => op.internal), `${INTERNAL_PREFIX}root`]) {
      expect(findOperator(name), name).toBeUndefined();
    }
    expect(names.some((name) => name.startsWith('__'))).toBe(false);
  });

  it('has every operator evaluable by the configured engine', () => {
    for (const info of operatorCatalogue) {
      if (retentionOperators.has(info.name)) continue;
      expect(() => jsonLogic.apply({ [info.name]: sampleArgs(info) } as never, { now: '2024-01-01' }), info.name).not.toThrow();
    }
  });

  it.each(operatorCatalogue.map((info) => [info.name, info]))('describes %s in English and Simplified Chinese', (_name, info) => {
    expect(info.labels.en).toMatch(/^[a-z …]+$/);
    expect(info.labels['zh-CN']).toMatch(CJK);
    expect(info.description.en).toMatch(/^[A-Z0-9].*\.$/);
    expect(info.description['zh-CN']).toMatch(CJK);
    expect(info.description['zh-CN']).toMatch(/。$/);
    expect(info.args.min).toBeLessThanOrEqual(info.args.max);
    expect(info.args.types.length).toBeGreaterThan(0);
  });

  it('has unique names and unique labels within each language', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(operatorCatalogue.map((info) => info.labels.en)).size).toBe(names.length);
    expect(new Set(operatorCatalogue.map((info) => info.labels['zh-CN'])).size).toBe(names.length);
  });

  it('offers the condition builder the comparisons, and/or/not, in, and the retention operators', () => {
    expect(operatorCatalogue.filter((info) => info.builder).map((info) => info.name)).toEqual([
      '==', '!=', '>', '>=', '<', '<=', '!', 'and', 'or', 'in', 'days_since', 'days_until', 'days_until_anniversary', 'has_tag', 'in_segment',
    ]);
  });

  it('gives the expected translations for a few operators', () => {
    expect(findOperator('>')?.labels).toEqual({ en: 'is greater than', 'zh-CN': '大于' });
    expect(findOperator('days_since')?.labels).toEqual({ en: 'days since', 'zh-CN': '距今天数' });
    expect(findOperator('has_tag')?.labels).toEqual({ en: 'has tag', 'zh-CN': '带有标签' });
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(operatorCatalogue)).toBe(true);
    expect(operatorCatalogue.every((info) => Object.isFrozen(info) && Object.isFrozen(info.labels) && Object.isFrozen(info.args.types))).toBe(true);
  });
});
