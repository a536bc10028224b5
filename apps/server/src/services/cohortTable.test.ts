import { describe, expect, it } from 'vitest';
import { cohortTable } from './cohortTable.ts';

describe('cohortTable', () => {
  it('turns cells into rows of shares still buying, as long as the months lived so far', () => {
    const rows = cohortTable(
      [
        { cohort: '2025-12', month: '2025-12', customers: 4 },
        { cohort: '2025-12', month: '2026-02', customers: 1 },
        { cohort: '2026-01', month: '2026-01', customers: 2 },
        { cohort: '2026-01', month: '2026-02', customers: 2 },
        { cohort: '2026-02', month: '2026-02', customers: 5 },
      ],
      '2026-02',
    );
    expect(rows).toEqual([
      // December: nobody bought in January (a real 0), one in four in February.
      { month: '2025-12', customers: 4, active: [4, 0, 1], retention: [1, 0, 0.25] },
      { month: '2026-01', customers: 2, active: [2, 2], retention: [1, 1] },
      { month: '2026-02', customers: 5, active: [5], retention: [1] },
    ]);
  });

  it('has no rows without customers', () => {
    expect(cohortTable([], '2026-02')).toEqual([]);
  });
});
