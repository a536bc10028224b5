/**
 * Seeded randomness for the demo data: mulberry32, small and fast, with the same
 * sequence on every platform. Each customer draws from its own stream, derived from
 * (seed, customer number), so customer 42 is the same story whether 100 or 100,000
 * customers are generated.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One value from `[value, weight]` pairs, in proportion to the weights. */
  weighted<T>(options: readonly (readonly [T, number])[]): T;
}

function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The seed of one independent stream, e.g. one customer's. */
export function deriveSeed(seed: number, stream: number): number {
  return mix32(mix32(seed) + Math.imul(stream, 0x9e3779b9));
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    between: (min, max) => min + next() * (max - min),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick,
    weighted<T>(options: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, weight] of options) total += weight;
      let roll = next() * total;
      for (const [value, weight] of options) {
        roll -= weight;
        if (roll < 0) return value;
      }
      // Only reached through float rounding at the very end of the range.
      const last = options[options.length - 1];
      if (last === undefined) throw new RangeError('weighted() needs at least one option');
      return last[0];
    },
  };
}
