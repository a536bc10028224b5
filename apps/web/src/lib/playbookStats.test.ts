import { describe, expect, it } from 'vitest';
import { enteredOf, holdoutOf } from './playbookStats.ts';

describe('playbook stats', () => {
  it('counts every run as entered', () => {
    expect(enteredOf({ nodes: {}, runs: { active: 2, completed: 5, exited: 1, started: 8, treatment: 8, control: 0 }, goal: { converted: 0, rate: 0 }, definitions: {} })).toBe(8);
    expect(enteredOf(null)).toBe(0);
  });

  it('gives treatment against control only with a holdout', () => {
    expect(holdoutOf({ converted: 3, rate: 0.3, treatment_rate: 0.35, control_rate: 0.2, uplift: 0.15 })).toEqual({ treatment: 0.35, control: 0.2, uplift: 0.15 });
    expect(holdoutOf({ converted: 3, rate: 0.3 })).toBeNull();
    // A group without runs has no rate ("no data"): no comparison to show.
    expect(holdoutOf({ converted: 0, rate: null, treatment_rate: null, control_rate: null, uplift: null })).toBeNull();
    expect(holdoutOf(undefined)).toBeNull();
  });
});
