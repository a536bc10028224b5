import { describe, expect, it } from 'vitest';
import type { PlaybookNode } from '../schema/index.ts';
import { checkCondition } from './checkCondition.ts';
import { churnPlaybook } from './fixtures.ts';
import { validate } from './validate.ts';

const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
/** Four nested maps over 100-element lists: 10^8 evaluations. */
const fourMaps = { map: [upTo(100), { map: [upTo(100), { map: [upTo(100), { map: [upTo(100), { var: '' }] }] }] }] };
const doubling = { reduce: [upTo(30), { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };

describe('a condition too costly to evaluate', () => {
  it('is refused by the validator, naming the step that holds it', () => {
    const doc = churnPlaybook();
    (doc.nodes[0] as Extract<PlaybookNode, { on: 'segment' }>).if = { and: [true, fourMaps] };
    const error = validate(doc).errors.find((e) => e.code === 'logic.too_costly');
    expect(error).toMatchObject({ node: 'start', severity: 'error', params: { reason: 'operations', budget: 15_000 } });
    expect(error?.path.startsWith('$.nodes[0].if.and[1]')).toBe(true);
    expect(error?.message).toMatch(/^This condition could need about \d+ operations to evaluate, more than the limit of 15000\./);
  });

  it('is explained in Chinese too, for both reasons', () => {
    const [operations] = checkCondition(fourMaps, { locale: 'zh-CN' });
    expect(operations?.message).toMatch(/^这个条件求值可能需要约 \d+ 次运算，超过了 15000 次的上限。/);
    const [size] = checkCondition(doubling, { locale: 'zh-CN' });
    expect(size).toMatchObject({ code: 'logic.too_costly', path: '$.reduce[1]', params: { reason: 'size' } });
    expect(size?.message).toMatch(/^这个条件可能生成约 \d+ 个字符的值，超过了 1000000 个字符的上限。/);
    expect(checkCondition(doubling)[0]?.message).toMatch(/^This condition could build a value of about \d+ characters, more than the limit of 1000000\./);
  });

  it('leaves ordinary conditions alone', () => {
    expect(checkCondition({ some: [{ var: 'customer.tags' }, { in: [{ var: '' }, ['vip', 'gold']] }] })).toEqual([]);
  });
});
