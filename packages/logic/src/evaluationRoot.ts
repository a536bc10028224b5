/**
 * The data an evaluation started from. Inside `map`, `filter`, `reduce`, `all`,
 * `some` and `none`, json-logic-js hands operations the current item instead, so
 * a retention operator there could not reach `now` or the customer through `var`;
 * the rewrite reads them from here instead (`__sf_root`). Evaluation is
 * synchronous, and `swapRoot` returns the previous root so that nested
 * evaluations restore it.
 */
let root: unknown = null;

export function swapRoot(next: unknown): unknown {
  const previous = root;
  root = next;
  return previous;
}

export function currentRoot(): unknown {
  return root;
}
