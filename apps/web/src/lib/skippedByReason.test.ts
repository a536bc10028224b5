import { describe, expect, it } from 'vitest';
import { skippedByReason } from './skippedByReason.ts';

describe('skipped customers by reason', () => {
  it('groups ids by reason, unknown first, ids in the order sent', () => {
    expect(
      skippedByReason([
        { customer_id: 'c3', reason: 'holdout' },
        { customer_id: 'c1', reason: 'reentry' },
        { customer_id: 'c9', reason: 'unknown' },
        { customer_id: 'c2', reason: 'reentry' },
      ]),
    ).toEqual([
      { reason: 'unknown', customerIds: ['c9'] },
      { reason: 'reentry', customerIds: ['c1', 'c2'] },
      { reason: 'holdout', customerIds: ['c3'] },
    ]);
  });

  it('has no groups when nobody was skipped', () => {
    expect(skippedByReason([])).toEqual([]);
  });
});
