import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';
import type { BgNbdParams } from './BgNbdParams';
import type { PurchaseSummary } from './PurchaseSummary';

/**
 * Customers laid out in typed arrays once per fit. Identical (x, t_x, T) rows are kept once with a weight (day-resolution
 * summaries repeat a lot: every one-time buyer of the same day is the same row); terms that depend only on x are
 * computed once per distinct x.
 */
export interface BgNbdData {
  /** Distinct rows. */
  count: number;
  weight: Float64Array;
  frequency: Float64Array;
  /** Index of each customer's frequency in `distinctFrequencies`. */
  frequencyIndex: Int32Array;
  distinctFrequencies: number[];
  /** ln(α + t) is computed once per distinct time (recency or T): day-resolution data has few of them. */
  recencyIndex: Int32Array;
  ageIndex: Int32Array;
  distinctTimes: Float64Array;
}

export function prepareBgNbdData(rows: readonly PurchaseSummary[]): BgNbdData {
  const rowOf = new Map<string, number>();
  const distinct: PurchaseSummary[] = [];
  const weights: number[] = [];
  for (const row of rows) {
    const key = `${row.frequency}|${row.recency}|${row.T}`;
    const at = rowOf.get(key);
    if (at === undefined) {
      rowOf.set(key, distinct.length);
      distinct.push(row);
      weights.push(1);
    } else {
      weights[at]! += 1;
    }
  }
  const count = distinct.length;
  const weight = Float64Array.from(weights);
  const frequency = new Float64Array(count);
  const frequencyIndex = new Int32Array(count);
  const recencyIndex = new Int32Array(count);
  const ageIndex = new Int32Array(count);
  const indexOf = new Map<number, number>();
  const distinctFrequencies: number[] = [];
  const timeIndexOf = new Map<number, number>();
  const times: number[] = [];
  const timeIndex = (t: number): number => {
    let index = timeIndexOf.get(t);
    if (index === undefined) {
      index = times.length;
      timeIndexOf.set(t, index);
      times.push(t);
    }
    return index;
  };
  distinct.forEach((row, i) => {
    frequency[i] = row.frequency;
    recencyIndex[i] = timeIndex(row.recency);
    ageIndex[i] = timeIndex(row.T);
    let index = indexOf.get(row.frequency);
    if (index === undefined) {
      index = distinctFrequencies.length;
      indexOf.set(row.frequency, index);
      distinctFrequencies.push(row.frequency);
    }
    frequencyIndex[i] = index;
  });
  const distinctTimes = Float64Array.from(times);
  return { count, weight, frequency, frequencyIndex, distinctFrequencies, recencyIndex, ageIndex, distinctTimes };
}

/**
 * BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), summed over customers:
 * ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *   + ln[ (α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ].
 */
export function bgNbdLogLikelihood({ r, alpha, a, b }: BgNbdParams, data: BgNbdData): number {
  const perFrequency = new Float64Array(data.distinctFrequencies.length);
  const repeatWeight = new Float64Array(data.distinctFrequencies.length);
  const shared = -gammaln(r) + r * Math.log(alpha) - betaln(a, b);
  data.distinctFrequencies.forEach((x, k) => {
    perFrequency[k] = gammaln(r + x) + betaln(a, b + x) + shared;
    repeatWeight[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
  });
  const { count, weight, frequency, frequencyIndex, recencyIndex, ageIndex, distinctTimes } = data;
  const logTime = new Float64Array(distinctTimes.length);
  for (let j = 0; j < distinctTimes.length; j++) logTime[j] = Math.log(alpha + distinctTimes[j]!);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const x = frequency[i]!;
    const k = frequencyIndex[i]!;
    const shape = r + x;
    const aliveTerm = -shape * logTime[ageIndex[i]!]!;
    let mix = aliveTerm;
    if (x > 0) {
      const droppedTerm = repeatWeight[k]! - shape * logTime[recencyIndex[i]!]!;
      mix = droppedTerm > aliveTerm
        ? droppedTerm + Math.log1p(Math.exp(aliveTerm - droppedTerm))
        : aliveTerm + Math.log1p(Math.exp(droppedTerm - aliveTerm));
    }
    total += weight[i]! * (perFrequency[k]! + mix);
  }
  return total;
}
