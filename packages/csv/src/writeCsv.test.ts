import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { customerTable, stepResultRows, stepResultTable } from './exportTables.ts';
import { guessMapping } from './columnTargets.ts';
import { toCsv } from './writeCsv.ts';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and defuses formulas but not numbers', () => {
    const text = toCsv(['名字', 'note', 'n'], [['王"小"明', 'a,b\nc', -3], ['=HYPERLINK("x")', null, 1.5]]);
    expect(text.startsWith('\uFEFF名字,note,n\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['名字', 'note', 'n'],
      ['王"小"明', 'a,b\nc', '-3'],
      ["'=HYPERLINK(\"x\")", '', '1.5'],
    ]);
  });
});

describe('export tables', () => {
  it('writes customer columns that import back to the same attributes, in either language', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      expect(guessMapping(customerTable.columns[locale]).slice(0, 7)).toEqual(['id', 'attribute:name', 'attribute:email', 'attribute:phone', 'attribute:birthday', 'attribute:currency', 'tags']);
    }
    const row = customerTable.row({ id: 'c1', attributes: { name: '李雷', vip: 2 }, tags: ['a', 'b'], segments: ['at_risk'], metrics: { orders: 2, total_spent: 30, last_order_at: null }, updated_at: null });
    expect(row).toEqual(['c1', '李雷', '', '', '', '', 'a;b', 'at_risk', 2, 30, '', '', '{"vip":2}']);
  });

  it('lists a step with no branch taken yet as one row', () => {
    const rows = stepResultRows({ nodes: { start: { entered: 5, ports: { yes: 3, no: 2 } }, mail: { entered: 0, ports: {} } } });
    expect(rows.map(stepResultTable.row)).toEqual([
      ['start', 'start', 5, 'yes', 3],
      ['start', 'start', 5, 'no', 2],
      ['mail', 'mail', 0, '', ''],
    ]);
  });
});
