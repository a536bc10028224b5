import type { ModelFitRecord } from '@stayflow/store';
import { describe, expect, it } from 'vitest';
import { modelsView } from './modelsView.ts';

const common = { fitId: 'f1', timeUnit: 'day' as const, fittedAt: 0, asOf: 0, scoring: null };
const churn: ModelFitRecord = { ...common, kind: 'churn', currency: '', model: 'bg-nbd', params: { r: 0.2, alpha: 30, a: 0.8, b: 2.4 }, logLikelihood: -100, iterations: 200, converged: true, customers: 2000, reason: null, message: null };
const degenerate: ModelFitRecord = {
  ...common,
  kind: 'value',
  currency: 'CNY',
  model: 'gamma-gamma',
  params: null,
  logLikelihood: null,
  iterations: null,
  converged: null,
  customers: 1053,
  reason: 'degenerate',
  message: "Gamma-Gamma cannot tell these 1053 repeat buyers' spend apart",
};

describe('modelsView', () => {
  it('shows a degenerate value model as null with its reason, the currency and no minimum to reach', () => {
    const view = modelsView([churn, degenerate], undefined, { rule: 'silence' }, null);
    expect(view.value).toBeNull();
    expect(view.churn).not.toBeNull();
    expect(view.reasons.values).toEqual([{ code: 'degenerate', message: degenerate.message, customers: 1053, needs: null, currency: 'CNY' }]);
    expect(view.reasons.value).toEqual(view.reasons.values[0]);
  });
});
