import gammaln from '@stdlib/math-base-special-gammaln';
import type { GammaGammaParams } from './GammaGammaParams';

/** Repeat customers in typed arrays; terms that depend only on x are computed once per distinct x. */
export interface GammaGammaData {
  count: number;
  frequency: Float64Array;
  monetary: Float64Array;
  logMonetary: Float64Array;
  frequencyIndex: Int32Array;
  distinctFrequencies: number[];
}

export function prepareGammaGammaData(rows: readonly { frequency: number; monetary: number }[]): GammaGammaData {
  const count = rows.length;
  const frequency = new Float64Array(count);
  const monetary = new Float64Array(count);
  const logMonetary = new Float64Array(count);
  const frequencyIndex = new Int32Array(count);
  const indexOf = new Map<number, number>();
  const distinctFrequencies: number[] = [];
  rows.forEach((row, i) => {
    frequency[i] = row.frequency;
    monetary[i] = row.monetary;
    logMonetary[i] = Math.log(row.monetary);
    let index = indexOf.get(row.frequency);
    if (index === undefined) {
      index = distinctFrequencies.length;
      indexOf.set(row.frequency, index);
      distinctFrequencies.push(row.frequency);
    }
    frequencyIndex[i] = index;
  });
  return { count, frequency, monetary, logMonetary, frequencyIndex, distinctFrequencies };
}

/**
 * Gamma-Gamma log-likelihood of the customers' mean repeat order values m over x repeat purchases
 * (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie 2013 note "The Gamma-Gamma Model of Monetary Value", eq. 3):
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(v + x m).
 */
export function gammaGammaLogLikelihood({ p, q, v }: GammaGammaParams, data: GammaGammaData): number {
  const perFrequency = data.distinctFrequencies.map(
    (x) => gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * Math.log(v) + p * x * Math.log(x),
  );
  const { count, frequency, monetary, logMonetary, frequencyIndex } = data;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const px = p * frequency[i]!;
    total += perFrequency[frequencyIndex[i]!]! + (px - 1) * logMonetary[i]! - (px + q) * Math.log(v + frequency[i]! * monetary[i]!);
  }
  return total;
}
