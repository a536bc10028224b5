import { isOperation } from './isOperation';
import { logicLimits } from './logicLimits';
import { retentionOperators } from './retentionOperators';

type Path = (string | number)[];

/** What a rule is estimated to need at most, in the units evaluation counts (README "Limits"). */
export interface RuleCost {
  /** Operations: nodes of the rule evaluated, each time (a list item's rule once per item). */
  operations: number;
  /** The largest value the rule builds, as characters of JSON. */
  size: number;
  /** The budget the rule goes past, if any; `null` when it fits both. */
  exceeds: 'operations' | 'size' | null;
  /** The smallest part of the rule already past that budget (`[]`: the rule as a whole). */
  path: Path;
}

/**
 * Bounds on a value the rule can produce: the abstract value of the
 * interpretation. `length` bounds the items when it is a list (what
 * map/filter/reduce/all/some/none iterate over), `item` each item when it is
 * known more tightly than "no larger than the whole".
 */
interface Bound {
  size: number;
  length: number;
  item?: Bound;
}

/** Any value read from the data: a list of at most the assumed length, no larger than the assumed size, made of such values. */
const DATA: Bound = { size: logicLimits.assumedValueSize, length: logicLimits.assumedListLength };
DATA.item = DATA;

const NULL: Bound = { size: 4, length: 0 };
const BOOLEAN: Bound = { size: 5, length: 0 };
/** Any number, as JSON ("-1.2345678901234567e+308"). */
const NUMBER: Bound = { size: 24, length: 0 };

/** Where `var` reads: the rule's data, a list item (inside map, filter, all, some, none) or reduce's `{current, accumulator}`. */
type Scope = { kind: 'data' } | { kind: 'item'; item: Bound } | { kind: 'reduce'; current: Bound; accumulator: Bound };

const DATA_SCOPE: Scope = { kind: 'data' };
const MAX_ITEM_DEPTH = 6;

/** Thrown to stop the estimate once its own work shows the rule is over budget. */
class OverBudget {
  constructor(readonly operations: number) {}
}

interface Estimate {
  cost: number;
  value: Bound;
}

/**
 * The static cost bound: an abstract interpretation of the rule that runs it on
 * bounds instead of values. Each node yields `{cost, value}`: the operations it
 * needs (1 for itself plus its arguments; a per-item argument once per item of
 * the list) and bounds on what it gives. A list literal has its own length, a
 * list read from the data the assumed one (`logicLimits.assumedListLength`).
 * `reduce` is run on bounds once per item, its accumulator widened by each
 * result, until a fixpoint (later items cost the same) or a budget is passed,
 * so an accumulator that doubles is caught after a few rounds.
 *
 * The estimate is an upper bound on what `compileLogic` counts when lists in the
 * data are no longer than assumed, and the work of estimating never exceeds the
 * estimate, so it stays cheap for any rule, even one whose parts are shared.
 * Call it on a rule `checkLogic` otherwise accepts.
 */
export function ruleCost(rule: unknown): RuleCost {
  const estimator = new CostEstimator(logicLimits.costBudget, logicLimits.sizeBudget);
  let operations: number;
  try {
    operations = estimator.estimate(rule, [], DATA_SCOPE).cost;
  } catch (error) {
    if (!(error instanceof OverBudget)) throw error;
    // Stopped early: the work done so far is a lower bound of the estimate, and already over.
    return { operations: error.operations, size: estimator.largest, exceeds: 'operations', path: [] };
  }
  if (operations > estimator.maxOperations) return { operations, size: estimator.largest, exceeds: 'operations', path: estimator.costlyPath ?? [] };
  if (estimator.largest > estimator.maxSize) return { operations, size: estimator.largest, exceeds: 'size', path: estimator.largePath ?? [] };
  return { operations, size: estimator.largest, exceeds: null, path: [] };
}

class CostEstimator {
  /** Nodes estimated so far; never more than the estimate itself. */
  private work = 0;
  largest = 0;
  costlyPath: Path | null = null;
  largePath: Path | null = null;

  constructor(
    readonly maxOperations: number,
    readonly maxSize: number,
  ) {}

  estimate(node: unknown, path: Path, scope: Scope): Estimate {
    if (++this.work > this.maxOperations) throw new OverBudget(this.work);
    const found = this.estimateNode(node, path, scope);
    // Parts are estimated before the whole, so the first part over budget is the smallest.
    if (found.cost > this.maxOperations) this.costlyPath ??= path;
    this.noteSize(found.value.size, path);
    return found;
  }

  private noteSize(size: number, path: Path): void {
    if (size > this.largest) this.largest = size;
    if (size > this.maxSize) this.largePath ??= path;
  }

  private estimateNode(node: unknown, path: Path, scope: Scope): Estimate {
    if (Array.isArray(node)) return this.list(node, path, scope);
    if (!isOperation(node)) return { cost: 1, value: literal(node) };
    const operator = Object.keys(node)[0] as string;
    const raw = node[operator];
    const spread = Array.isArray(raw);
    const args: unknown[] = spread ? raw : [raw];
    const argPath = (i: number): Path => (spread ? [...path, operator, i] : [...path, operator]);
    if (retentionOperators.has(operator)) {
      // Rewritten to {"__sf_…": [argument, {"var": context}]}: two more operations.
      const argument = this.estimate(args[0], argPath(0), scope);
      return { cost: 3 + argument.cost, value: operator === 'has_tag' || operator === 'in_segment' ? BOOLEAN : NUMBER };
    }
    switch (operator) {
      case 'map':
      case 'filter':
      case 'all':
      case 'some':
      case 'none':
        return this.iterate(operator, args, argPath, scope);
      case 'reduce':
        return this.reduce(args, argPath, scope);
      default:
        break;
    }
    const values: Bound[] = [];
    let cost = 1;
    for (let i = 0; i < args.length; i++) {
      const argument = this.estimate(args[i], argPath(i), scope);
      cost += argument.cost;
      values.push(argument.value);
    }
    switch (operator) {
      case 'var':
        return { cost, value: readVar(args, values, scope) };
      case 'missing': {
        // Each key is read with {"var": key}: two operations.
        const keys = Math.max(args.length, values[0]?.length ?? 0);
        return { cost: cost + 2 * keys, value: { size: listSize(values), length: keys } };
      }
      case 'missing_some': {
        // {"missing": options}, then the list of keys evaluated again, then each key read.
        const keys = values[1]?.length ?? 0;
        return { cost: cost + 2 + 3 * keys, value: values[1] ?? NULL };
      }
      case 'and':
      case 'or':
        return { cost, value: joinAll(values) };
      case 'if':
        return { cost, value: joinAll(values.filter((_, i) => i % 2 === 1 || i === values.length - 1)) };
      case '?:':
        return { cost, value: joinAll(values.slice(1)) };
      case 'merge':
        return { cost, value: merged(values) };
      case 'cat':
        return { cost, value: { size: 2 + values.reduce((sum, value) => sum + value.size, 0), length: 0 } };
      case 'substr': {
        const source = values[0] ?? NULL;
        const length = args[2];
        const size = typeof length === 'number' && length >= 0 ? Math.min(source.size, length + 2) : source.size;
        return { cost, value: { size, length: 0 } };
      }
      case '+': case '-': case '*': case '/': case '%': case 'min': case 'max':
        return { cost, value: NUMBER };
      default:
        // Comparisons, `in`, `!`, `!!`.
        return { cost, value: BOOLEAN };
    }
  }

  private list(node: unknown[], path: Path, scope: Scope): Estimate {
    let cost = 1;
    const values: Bound[] = [];
    for (let i = 0; i < node.length; i++) {
      const item = this.estimate(node[i], [...path, i], scope);
      cost += item.cost;
      values.push(item.value);
    }
    const value: Bound = { size: listSize(values), length: values.length };
    if (values.length > 0) value.item = joinAll(values);
    return { cost, value };
  }

  /** map, filter, all, some, none: the per-item rule once per item (at least once, so the estimate stays above its own work). */
  private iterate(operator: string, args: unknown[], argPath: (i: number) => Path, scope: Scope): Estimate {
    const list = this.estimate(args[0], argPath(0), scope);
    const item = itemOf(list.value);
    const body = this.estimate(args[1], argPath(1), { kind: 'item', item });
    const n = list.value.length;
    const cost = 1 + list.cost + Math.max(n, 1) * body.cost;
    switch (operator) {
      case 'map':
        return { cost, value: { size: 2 + n * (body.value.size + 1), length: n, item: body.value } };
      case 'filter':
        return { cost, value: { size: list.value.size, length: n, item } };
      default:
        return { cost, value: BOOLEAN };
    }
  }

  private reduce(args: unknown[], argPath: (i: number) => Path, scope: Scope): Estimate {
    const list = this.estimate(args[0], argPath(0), scope);
    const initial = args.length > 2 ? this.estimate(args[2], argPath(2), scope) : { cost: 0, value: NULL };
    const current = itemOf(list.value);
    const n = list.value.length;
    let cost = 1 + list.cost + initial.cost;
    let accumulator = initial.value;
    for (let round = 1; round <= Math.max(n, 1); round++) {
      const body = this.estimate(args[1], argPath(1), { kind: 'reduce', current, accumulator });
      cost += body.cost;
      if (n === 0) break;
      const next = join(accumulator, body.value);
      if (sameBound(next, accumulator, 0)) {
        // A fixpoint: every later round costs what this one did.
        cost += (n - round) * body.cost;
        break;
      }
      accumulator = next;
      if (accumulator.size > this.maxSize) {
        // Growing past the size budget: no need to follow it further.
        this.noteSize(accumulator.size, argPath(1));
        break;
      }
    }
    return { cost, value: accumulator };
  }
}

function literal(value: unknown): Bound {
  switch (typeof value) {
    case 'string':
      return { size: value.length + 2, length: 0 };
    case 'number':
      return { size: String(value).length, length: 0 };
    case 'boolean':
      return BOOLEAN;
    default:
      return NULL;
  }
}

function readVar(args: unknown[], values: Bound[], scope: Scope): Bound {
  const path = args[0];
  const read = readPathBound(path, scope);
  return values.length > 1 ? join(read, values[1]!) : read;
}

function readPathBound(path: unknown, scope: Scope): Bound {
  const whole = path === undefined || path === null || path === '';
  const literalPath = typeof path === 'string' || typeof path === 'number' ? String(path) : null;
  switch (scope.kind) {
    case 'data':
      return DATA;
    case 'item':
      if (whole) return scope.item;
      return partOf(scope.item);
    case 'reduce': {
      const { accumulator, current } = scope;
      const both: Bound = { size: accumulator.size + current.size + 30, length: 0 };
      if (whole) return both;
      if (literalPath === null) return join(both, join(partOf(accumulator), partOf(current)));
      if (literalPath === 'accumulator') return accumulator;
      if (literalPath === 'current') return current;
      if (literalPath.startsWith('accumulator.')) return partOf(accumulator);
      if (literalPath.startsWith('current.')) return partOf(current);
      return NULL;
    }
  }
}

/** Anything found inside a value is no larger than it; inside data, it is data. */
function partOf(bound: Bound): Bound {
  return bound === DATA ? DATA : { size: bound.size, length: bound.size };
}

function itemOf(bound: Bound): Bound {
  return bound.item ?? { size: bound.size, length: bound.size };
}

function listSize(values: readonly Bound[]): number {
  return values.reduce((sum, value) => sum + value.size + 1, 2);
}

/** `merge`: list arguments give their items, other arguments themselves. */
function merged(values: readonly Bound[]): Bound {
  let length = 0;
  const items: Bound[] = [];
  for (const value of values) {
    length += Math.max(value.length, 1);
    items.push(value.length > 0 ? itemOf(value) : value);
  }
  const bound: Bound = { size: listSize(values), length };
  if (items.length > 0) bound.item = joinAll(items);
  return bound;
}

function joinAll(values: readonly Bound[]): Bound {
  return values.reduce<Bound>((all, value) => join(all, value), { size: 0, length: 0 });
}

/** The least bound over both (as far as this domain tells). */
function join(a: Bound, b: Bound, depth = 0): Bound {
  if (a === b) return a;
  if (a.size >= b.size && a.length >= b.length && a.item === b.item) return a;
  const bound: Bound = { size: Math.max(a.size, b.size), length: Math.max(a.length, b.length) };
  if (depth < MAX_ITEM_DEPTH && (a.item !== undefined || b.item !== undefined) && (a.length > 0 || b.length > 0)) {
    bound.item = join(a.item ?? itemOf(a), b.item ?? itemOf(b), depth + 1);
  }
  return bound;
}

function sameBound(a: Bound | undefined, b: Bound | undefined, depth: number): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (a.size !== b.size || a.length !== b.length) return false;
  return depth >= MAX_ITEM_DEPTH || sameBound(a.item, b.item, depth + 1);
}
