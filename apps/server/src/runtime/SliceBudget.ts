/**
 * How many items the next slice of bulk work should hold so that its transaction keeps the
 * event loop about `budgetMs`: learnt from the slices before it (wall time per item, a moving
 * average), so a slower machine, a busier one or costlier items give smaller slices. Never
 * fewer than `min` (a commit has a cost of its own) nor more than `max`.
 */
export class SliceBudget {
  private msPerItem: number | null = null;

  constructor(
    readonly budgetMs: number,
    readonly min: number,
    readonly max: number,
  ) {}

  /** The size of the next slice; before any slice was timed, `min`. */
  size(): number {
    if (this.msPerItem === null) return this.min;
    return Math.max(this.min, Math.min(this.max, Math.floor(this.budgetMs / this.msPerItem)));
  }

  /**
   * Runs a slice and tells the budget how long it took for the items `items` counts from its
   * result (0: a slice that says nothing of the cost per item, not counted).
   */
  async timed<T>(work: () => Promise<T>, items: (result: T) => number): Promise<T> {
    const started = performance.now();
    const result = await work();
    this.record(items(result), performance.now() - started);
    return result;
  }

  /** Tells the budget how long a slice of `items` took (0 items: nothing). */
  record(items: number, ms: number): void {
    if (items === 0) return;
    const perItem = Math.max(ms, 0) / items;
    // Half the weight on the last slice: one slow slice (a page-cache miss, a GC) moves it, but not all the way.
    this.msPerItem = this.msPerItem === null ? perItem : (this.msPerItem + perItem) / 2;
  }
}
