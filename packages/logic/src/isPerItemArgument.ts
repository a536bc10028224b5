const ITERATING = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

/**
 * Whether json-logic-js evaluates this argument once per list item, with the item
 * (for `reduce`, `{current, accumulator}`) as its data instead of the rule's data.
 */
export function isPerItemArgument(operator: string, index: number): boolean {
  return index === 1 && ITERATING.has(operator);
}
