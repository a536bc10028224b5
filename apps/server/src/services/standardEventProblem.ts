/**
 * What a standard event (the ones the metrics read) lacks, as a sentence for the operator, or
 * null when it has what it needs: `order_placed` an `amount`, `nps_submitted` a `score`,
 * `feedback_submitted` a `sentiment`. Any other type takes any properties.
 */
export function standardEventProblem(type: string, properties: Readonly<Record<string, unknown>>): string | null {
  if (type === 'order_placed' && (typeof properties.amount !== 'number' || !Number.isFinite(properties.amount) || properties.amount < 0)) {
    return 'an order_placed event needs properties.amount, a number of 0 or more.';
  }
  if (type === 'nps_submitted' && (typeof properties.score !== 'number' || !Number.isInteger(properties.score) || properties.score < 0 || properties.score > 10)) {
    return 'an nps_submitted event needs properties.score, a whole number from 0 to 10.';
  }
  if (type === 'feedback_submitted' && !['positive', 'neutral', 'negative'].includes(properties.sentiment as string)) {
    return 'a feedback_submitted event needs properties.sentiment: "positive", "neutral" or "negative".';
  }
  return null;
}
