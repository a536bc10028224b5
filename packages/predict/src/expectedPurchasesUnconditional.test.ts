import { describe, expect, it } from 'vitest';
import { CALIBRATION_END, cdnowOrders, cdnowSummaries, COHORT_START, MS_PER_DAY } from '../test-data/loadCdnow.ts';
import { expectedPurchasesUnconditional } from './expectedPurchasesUnconditional';
import { fitBgNbd } from './fitBgNbd';

const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('expectedPurchasesUnconditional', () => {
  it('is 0 at t = 0, starts at rate r/α and grows', () => {
    expect(expectedPurchasesUnconditional(cdnow, 0)).toBe(0);
    expect(expectedPurchasesUnconditional(cdnow, 1e-6) / 1e-6).toBeCloseTo(cdnow.r / cdnow.alpha, 5);
    expect(expectedPurchasesUnconditional(cdnow, 78)).toBeGreaterThan(expectedPurchasesUnconditional(cdnow, 39));
  });

  it('forecasts the CDNOW cohort’s cumulative repeat purchases over weeks 40–78 within 5 % (the paper’s tracking figure)', () => {
    const fit = fitBgNbd([...cdnowSummaries().values()]);
    if (!fit.ok) throw new Error(fit.message);
    // Each customer's purchase days, in days since 1997-01-01; the first one is the trial, the rest are repeats.
    const customers = [...cdnowOrders().values()].map((orders) =>
      [...new Set(orders.map((o) => Math.round((o.at - COHORT_START) / MS_PER_DAY)))].sort((a, b) => a - b),
    );
    const calibrationDays = (CALIBRATION_END - COHORT_START) / MS_PER_DAY;
    expect(calibrationDays).toBe(273); // 39 weeks
    let holdoutPredicted = 0;
    let holdoutActual = 0;
    for (let week = 40; week <= 78; week++) {
      let predicted = 0;
      let actual = 0;
      for (const days of customers) {
        const trialWeek = days[0]! / 7;
        predicted += expectedPurchasesUnconditional(fit.params, Math.max(0, week - trialWeek));
        actual += days.slice(1).filter((d) => d < week * 7).length;
      }
      expect(Math.abs(predicted - actual) / actual, `week ${week}: predicted ${predicted.toFixed(0)}, actual ${actual}`).toBeLessThanOrEqual(0.05);
      if (week === 78) {
        holdoutActual = actual - customers.reduce((n, days) => n + days.slice(1).filter((d) => d < calibrationDays).length, 0);
        holdoutPredicted = predicted - customers.reduce((n, days) => n + expectedPurchasesUnconditional(fit.params, Math.max(0, 39 - days[0]! / 7)), 0);
      }
    }
    // Repeat purchases within the 39 holdout weeks alone: the model under-forecasts them by about 12 % (README).
    expect(holdoutActual).toBe(1882);
    expect(holdoutPredicted / holdoutActual).toBeGreaterThan(0.85);
    expect(holdoutPredicted / holdoutActual).toBeLessThan(0.92);
  });
});
