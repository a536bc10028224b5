import { isOperation } from './isOperation';
import { isPerItemArgument } from './isPerItemArgument';
import type { Logic } from './Logic';

/**
 * Every field path the rule reads from its data, in order of first use, without
 * duplicates: literal `var` paths, and the literal keys of `missing` and
 * `missing_some`. Left out: paths computed at run time, `""` (the whole data),
 * paths inside a per-item argument of `map`/`filter`/`reduce`/`all`/`some`/`none`
 * (they name fields of a list item, not of the data), and the context the
 * retention operators read implicitly (`now`, `customer.tags`, `customer.segments`).
 */
export function listVars(rule: Logic): string[] {
  const found = new Set<string>();
  const visiting = new Set<object>();

  const addPath = (path: unknown): void => {
    if ((typeof path === 'string' && path !== '') || typeof path === 'number') found.add(String(path));
  };

  const visit = (node: unknown, perItem: boolean): void => {
    if (typeof node !== 'object' || node === null || visiting.has(node)) return;
    visiting.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item, perItem);
    } else if (isOperation(node)) {
      const operator = Object.keys(node)[0] as string;
      const raw = node[operator];
      const args: unknown[] = Array.isArray(raw) ? raw : [raw];
      if (!perItem) {
        if (operator === 'var') addPath(args[0]);
        if (operator === 'missing') for (const arg of args) (Array.isArray(arg) ? arg : [arg]).forEach(addPath);
        if (operator === 'missing_some' && Array.isArray(args[1])) args[1].forEach(addPath);
      }
      args.forEach((arg, i) => visit(arg, perItem || isPerItemArgument(operator, i)));
    }
    visiting.delete(node);
  };

  try {
    visit(rule, false);
  } catch {
    // A rule that cannot be read (not JSON) lists what was found before the problem.
  }
  return [...found];
}
