import { describe, expect, it } from 'vitest';
import { SliceBudget } from './SliceBudget.ts';

describe('the slice budget', () => {
  it('starts at the smallest slice, then sizes slices to the time budget from the time per item', () => {
    const budget = new SliceBudget(10, 20, 250);
    expect(budget.size()).toBe(20);
    budget.record(20, 2); // 0.1 ms per item: 100 items fill 10 ms
    expect(budget.size()).toBe(100);
  });

  it('shrinks after a slow slice without going all the way, and stays within its bounds', () => {
    const budget = new SliceBudget(10, 20, 250);
    budget.record(100, 10);
    budget.record(100, 30); // 0.1 then 0.3 ms per item: 0.2 on average
    expect(budget.size()).toBe(50);
    budget.record(50, 500);
    expect(budget.size()).toBe(20);
    for (let i = 0; i < 20; i++) budget.record(100, 0.1);
    expect(budget.size()).toBe(250);
  });

  it('times a slice, leaving out one that says nothing of the cost per item', async () => {
    const budget = new SliceBudget(10, 20, 250);
    expect(await budget.timed(async () => 'last', () => 0)).toBe('last');
    expect(budget.size()).toBe(20);
    await budget.timed(() => new Promise((resolve) => setTimeout(resolve, 20)), () => 10);
    // 10 items in 20 ms or more: 2 ms each at best, so 5 fill the budget, fewer than the smallest slice.
    expect(budget.size()).toBe(20);
  });
});
