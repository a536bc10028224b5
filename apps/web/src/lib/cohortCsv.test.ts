import { describe, expect, it } from 'vitest';
import { cohortCsv } from './cohortCsv.ts';

describe('cohortCsv', () => {
  it('writes a BOM, CRLF rows, fractions and empty cells for months not yet lived', () => {
    const csv = cohortCsv(
      {
        from: '2025-12-01T00:00:00.000Z',
        to: '2026-03-01T00:00:00.000Z',
        segment: null,
        cohorts: [
          { month: '2025-12', customers: 2, active: [2, 1, 1], retention: [1, 0.5, 0.5] },
          { month: '2026-01', customers: 3, active: [3, 1], retention: [1, 1 / 3] },
        ],
        definitions: {},
      },
      { cohort: '首次下单月份', customers: 'customers, all', month: (n) => `month_${n}` },
    );
    expect(csv).toBe('\uFEFF首次下单月份,"customers, all",month_0,month_1,month_2\r\n2025-12,2,1.0000,0.5000,0.5000\r\n2026-01,3,1.0000,0.3333,\r\n');
  });
});
