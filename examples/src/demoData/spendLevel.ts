import type { Random } from './random.ts';

/** Shape of the customers' spend levels: a coefficient of variation of 1/√4 = 50 % around the mean 1. */
export const SPEND_LEVEL_SHAPE = 4;
/** The number of the customer's spend stream among the streams derived from their own seed. */
export const SPEND_STREAM = 1;

/**
 * One customer's own spend level, a multiplier of their basket sizes with mean 1, drawn from
 * Gamma(SPEND_LEVEL_SHAPE, 1/SPEND_LEVEL_SHAPE) (Marsaglia & Tsang's method): shoppers differ in what they
 * spend per order, as the Gamma-Gamma value model pictures them (Fader & Hardie 2013), instead of all drawing
 * from one distribution of baskets.
 */
export function spendLevel(random: Random): number {
  const d = SPEND_LEVEL_SHAPE - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
    const v = (1 + c * normal) ** 3;
    if (v > 0 && Math.log(1 - random.next()) < 0.5 * normal ** 2 + d - d * v + d * Math.log(v)) return (d * v) / SPEND_LEVEL_SHAPE;
  }
}
