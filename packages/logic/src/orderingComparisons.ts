type Comparable = number | string;

function absent(value: unknown): boolean {
  return value === null || value === undefined;
}

/**
 * `<`, `<=`, `>` and `>=` as in json-logic-js, except that a missing value (null)
 * makes the comparison false instead of counting as 0. Without this,
 * `{"<": [{"days_since": {"var": "customer.metrics.last_order_at"}}, 30]}` would be
 * true for a customer who never ordered, and `last_nps < 7` true for one who never
 * answered: the opposite of what the operator who drew the condition meant.
 */
export const orderingComparisons: Readonly<Record<'<' | '<=' | '>' | '>=', (a: unknown, b: unknown, c?: unknown) => boolean>> = {
  '<': (a, b, c) => {
    if (absent(a) || absent(b)) return false;
    if (c === undefined) return (a as Comparable) < (b as Comparable);
    return c !== null && (a as Comparable) < (b as Comparable) && (b as Comparable) < (c as Comparable);
  },
  '<=': (a, b, c) => {
    if (absent(a) || absent(b)) return false;
    if (c === undefined) return (a as Comparable) <= (b as Comparable);
    return c !== null && (a as Comparable) <= (b as Comparable) && (b as Comparable) <= (c as Comparable);
  },
  '>': (a, b) => !absent(a) && !absent(b) && (a as Comparable) > (b as Comparable),
  '>=': (a, b) => !absent(a) && !absent(b) && (a as Comparable) >= (b as Comparable),
};
