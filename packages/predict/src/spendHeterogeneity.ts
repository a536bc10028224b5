import gammaln from '@stdlib/math-base-special-gammaln';
import type { GammaGammaData } from './gammaGammaLogLikelihood';
import { defaultMinimiseOptions, minimiseLogParameters } from './minimiseLogParameters';

/**
 * The likelihood-ratio statistic below which fitGammaGamma calls a fit degenerate: the 5 % critical value of the
 * 50:50 mixture of χ²₀ and χ²₁, the null distribution of a test whose one parameter (1/q) sits on the boundary
 * of its range (Self & Liang 1987). See README "Degenerate value models".
 */
export const MIN_SPEND_HETEROGENEITY_LR = 2.71;

export interface SpendHeterogeneity {
  /** Log-likelihood of the homogeneous model: one spend scale ν for every customer (Gamma-Gamma's q → ∞ limit). */
  homogeneousLogLikelihood: number;
  /** Order values' shape p and the common scale ν of that model; p / ν is its mean order value. */
  homogeneous: { p: number; nu: number };
  /** 2 (ℓ_GammaGamma − ℓ_homogeneous), ≥ 0 up to rounding. */
  statistic: number;
  /** Whether the statistic reaches MIN_SPEND_HETEROGENEITY_LR: the data show customers differing in spend. */
  heterogeneous: boolean;
}

/**
 * Tests the Gamma-Gamma fit against its boundary, the model in which every customer's order values are
 * Gamma(p, ν) with the same ν (no heterogeneity across customers; Gamma-Gamma reaches it as q, v → ∞ with v/q
 * fixed). There the mean m of a customer's x repeat purchases is Gamma(px, xν):
 * ln f = px ln(xν) − ln Γ(px) + (px−1) ln m − xν m; for a given p the likelihood is largest at
 * ν = p Σx / Σ x m, so only p is searched.
 */
export function spendHeterogeneity(data: GammaGammaData, gammaGammaLogLikelihood: number): SpendHeterogeneity {
  const { count, frequency, monetary, logMonetary } = data;
  let totalX = 0;
  let totalSpend = 0;
  for (let i = 0; i < count; i++) {
    totalX += frequency[i]!;
    totalSpend += frequency[i]! * monetary[i]!;
  }
  const logLikelihood = (p: number): { value: number; nu: number } => {
    const nu = (p * totalX) / totalSpend;
    let value = 0;
    for (let i = 0; i < count; i++) {
      const x = frequency[i]!;
      const px = p * x;
      value += px * Math.log(x * nu) - gammaln(px) + (px - 1) * logMonetary[i]! - x * nu * monetary[i]!;
    }
    return { value, nu };
  };
  const minimum = minimiseLogParameters((x) => -logLikelihood(Math.exp(x[0]!)).value / count, [0], defaultMinimiseOptions);
  const p = Math.exp(minimum.x[0]!);
  const best = logLikelihood(p);
  const statistic = Math.max(0, 2 * (gammaGammaLogLikelihood - best.value));
  return { homogeneousLogLikelihood: best.value, homogeneous: { p, nu: best.nu }, statistic, heterogeneous: statistic >= MIN_SPEND_HETEROGENEITY_LR };
}
