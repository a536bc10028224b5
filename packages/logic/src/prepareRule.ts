import { isOperation } from './isOperation';
import { isPerItemArgument } from './isPerItemArgument';
import { ROOT_OPERATOR } from './jsonLogicEngine';
import { retentionOperators } from './retentionOperators';

/**
 * Rewrites the retention operators into internal calls that receive their context
 * as an explicit argument: `{"days_since": X}` becomes
 * `{"__sf_days_since": [X, {"var": "now"}]}`. Inside a per-item argument
 * (`map`, `filter`, …) `var` reads the item, so the context comes from
 * `{"__sf_root": "now"}` instead. Done once per rule; unchanged parts of the rule
 * are shared, never copied, and the input is never modified.
 */
export function prepareRule(rule: unknown): unknown {
  return prepare(rule, false);
}

function prepare(node: unknown, perItem: boolean): unknown {
  if (Array.isArray(node)) return prepareList(node, perItem, '');
  if (!isOperation(node)) return node;
  const operator = Object.keys(node)[0] as string;
  const raw = node[operator];
  const retention = retentionOperators.get(operator);
  if (retention !== undefined) {
    const argument = Array.isArray(raw) ? raw[0] : raw;
    const context = perItem ? { [ROOT_OPERATOR]: retention.context } : { var: retention.context };
    return { [retention.internal]: [prepare(argument, perItem), context] };
  }
  const args = Array.isArray(raw) ? prepareList(raw, perItem, operator) : prepare(raw, perItem);
  return args === raw ? node : { [operator]: args };
}

function prepareList(list: readonly unknown[], perItem: boolean, operator: string): unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const prepared = prepare(list[i], perItem || isPerItemArgument(operator, i));
    if (prepared !== list[i]) {
      copy ??= list.slice();
      copy[i] = prepared;
    }
  }
  return copy ?? (list as unknown[]);
}
