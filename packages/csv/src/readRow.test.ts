import { describe, expect, it } from 'vitest';
import { guessMapping } from './columnTargets.ts';
import { readRow } from './readRow.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const headers = ['客户ID', '姓名', '邮箱', '生日', '金额', '币种', '下单时间', 'VIP Level', 'tags'];
const options = { headers, mapping: guessMapping(headers), now: NOW };

describe('readRow', () => {
  it('reads a customer with attributes and an order with an id from its content', () => {
    const result = readRow(['c-1', '王小明', 'wang@example.com', '1990/3/7', '1,299.50', 'cny', '2026-02-01 09:30', '3', 'vip; 老客户'], 2, options);
    expect(result).toEqual({
      ok: true,
      customer: { id: 'c-1', attributes: { name: '王小明', email: 'wang@example.com', birthday: '1990-03-07', vip_level: 3 }, tags: ['vip', '老客户'] },
      order: { id: expect.stringMatching(/^csv-[0-9a-f]{28}$/), customer_id: 'c-1', type: 'order_placed', at: '2026-02-01T09:30:00.000Z', properties: { amount: 1299.5, currency: 'CNY' } },
    });
    const again = readRow(['c-1', '王小明', 'wang@example.com', '1990/3/7', '1,299.50', 'cny', '2026-02-01 09:30', '3', 'vip; 老客户'], 9, options);
    expect(again.ok && again.order?.id).toBe(result.ok && result.order?.id);
    const other = readRow(['c-1', '王小明', 'wang@example.com', '1990/3/7', '1,299.51', 'cny', '2026-02-01 09:30', '3', ''], 2, options);
    expect(other.ok && other.order?.id).not.toBe(result.ok && result.order?.id);
  });

  it('leaves attributes of empty cells out and carries no order without an amount', () => {
    expect(readRow(['c-2', '', '', '', '', '', '', '', ''], 3, options)).toEqual({ ok: true, customer: { id: 'c-2', attributes: {} }, order: null });
  });

  it('lists every problem of a row with its row, column and a sentence in the chosen language', () => {
    const result = readRow(['', 'x', 'not-an-email', '1990-02-30', '¥12', 'yuan', 'yesterday', '', ''], 7, { ...options, locale: 'zh-CN' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [7, '客户ID', 'csv.id_missing'],
      [7, '邮箱', 'csv.email'],
      [7, '生日', 'csv.date'],
      [7, '金额', 'csv.number'],
      [7, '币种', 'csv.currency'],
      [7, '下单时间', 'csv.date'],
    ]);
    expect(result.errors[1]!.problem).toBe('"not-an-email" 不是邮箱地址（应类似 name@example.com）。');
  });

  it('refuses an order dated more than a day after now, and an amount without a date', () => {
    const future = readRow(['c-3', '', '', '', '10', '', '2026-03-05', '', ''], 4, options);
    expect(!future.ok && future.errors.map((e) => e.code)).toEqual(['csv.future_date']);
    const undated = readRow(['c-3', '', '', '', '10', '', '', '', ''], 4, options);
    expect(!undated.ok && undated.errors.map((e) => [e.column, e.code])).toEqual([['下单时间', 'csv.order_date_missing']]);
  });

  it('reports a row with the wrong number of cells as a whole-row problem', () => {
    const result = readRow(['c-4', 'a'], 5, options);
    expect(!result.ok && result.errors[0]).toMatchObject({ row: 5, column: '', code: 'csv.fields', problem: expect.stringContaining('2 cells where the first row names 9 columns') });
  });

  it('refuses an id longer than the API accepts', () => {
    const result = readRow(['x'.repeat(201), '', '', '', '', '', '', '', ''], 2, options);
    expect(!result.ok && result.errors[0]!.code).toBe('csv.id_too_long');
  });
});
