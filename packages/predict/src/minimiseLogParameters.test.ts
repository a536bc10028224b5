import { describe, expect, it } from 'vitest';
import { defaultMinimiseOptions, minimiseLogParameters } from './minimiseLogParameters';

const rosenbrock = (x: readonly number[]): number => (1 - x[0]!) ** 2 + 100 * (x[1]! - x[0]! ** 2) ** 2;

describe('minimiseLogParameters', () => {
  it('finds the minimum of a curved valley and says it converged', () => {
    const minimum = minimiseLogParameters(rosenbrock, [-1.2, 1]);
    expect(minimum.converged).toBe(true);
    expect(minimum.x[0]).toBeCloseTo(1, 2);
    expect(minimum.x[1]).toBeCloseTo(1, 2);
    expect(minimum.iterations).toBeGreaterThan(0);
  });

  it('says it did not converge when the iteration budget runs out', () => {
    const minimum = minimiseLogParameters(rosenbrock, [-1.2, 1], { ...defaultMinimiseOptions, maxIterations: 10 });
    expect(minimum.converged).toBe(false);
    expect(minimum.iterations).toBeLessThanOrEqual(10);
  });

  it('treats regions where the objective is not a number as infinitely bad', () => {
    const guarded = (x: readonly number[]): number => (x[0]! < 0 ? Number.NaN : (x[0]! - 2) ** 2 + x[1]! ** 2);
    const minimum = minimiseLogParameters(guarded, [0.5, 0.5]);
    expect(minimum.converged).toBe(true);
    expect(minimum.x[0]).toBeCloseTo(2, 3);
  });
});
