import type { BgNbdParams, GammaGammaParams, PurchaseSummary } from '../src/index.ts';

/** mulberry32: a seeded generator, so every run benchmarks the same data set. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the u^(1/shape) boost for shape < 1. */
export function gamma(random: () => number, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = normal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

export interface SyntheticCustomer extends PurchaseSummary {
  monetary: number;
}

/**
 * Customers drawn from the BG/NBD and Gamma-Gamma generative stories: purchase rate λ ~ Gamma(r, α), dropout
 * probability p ~ Beta(a, b) applied after each repeat purchase, exponential gaps; spend scale ν ~ Gamma(q, v),
 * each order value ~ Gamma(p, ν). Ages T uniform on (0, maxAge]. With `wholeUnits`, T and t_x are cut to whole units,
 * as day-resolution summaries of live orders are.
 */
export function syntheticCustomers(count: number, bg: BgNbdParams, gg: GammaGammaParams, maxAge: number, seed: number, wholeUnits = false): SyntheticCustomer[] {
  const random = seeded(seed);
  const customers: SyntheticCustomer[] = [];
  for (let i = 0; i < count; i++) {
    const T = maxAge * (1 - random());
    const rate = gamma(random, bg.r) / bg.alpha;
    const g1 = gamma(random, bg.a);
    const dropout = g1 / (g1 + gamma(random, bg.b));
    let t = 0;
    let frequency = 0;
    let recency = 0;
    for (;;) {
      t += -Math.log(1 - random()) / rate;
      if (t > T) break;
      frequency += 1;
      recency = t;
      if (random() < dropout) break;
    }
    const spendRate = gamma(random, gg.q) / gg.v;
    const monetary = frequency > 0 ? gamma(random, gg.p * frequency) / spendRate / frequency : 0;
    customers.push(wholeUnits ? { frequency, recency: Math.floor(recency), T: Math.floor(T), monetary } : { frequency, recency, T, monetary });
  }
  return customers;
}
