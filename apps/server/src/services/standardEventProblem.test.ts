import { describe, expect, it } from 'vitest';
import { standardEventProblem } from './standardEventProblem.ts';

describe('standardEventProblem', () => {
  it('asks an order for an amount of 0 or more', () => {
    expect(standardEventProblem('order_placed', { amount: 0 })).toBeNull();
    expect(standardEventProblem('order_placed', { amount: -1 })).toBe('an order_placed event needs properties.amount, a number of 0 or more.');
    expect(standardEventProblem('order_placed', { amount: '5' })).not.toBeNull();
  });

  it('asks an NPS answer for a whole score from 0 to 10, and feedback for a sentiment', () => {
    expect(standardEventProblem('nps_submitted', { score: 10 })).toBeNull();
    expect(standardEventProblem('nps_submitted', { score: 9.5 })).toBe('an nps_submitted event needs properties.score, a whole number from 0 to 10.');
    expect(standardEventProblem('feedback_submitted', { sentiment: 'negative' })).toBeNull();
    expect(standardEventProblem('feedback_submitted', {})).toContain('properties.sentiment');
  });

  it('takes any properties on other events', () => {
    expect(standardEventProblem('course_clicked', {})).toBeNull();
  });
});
