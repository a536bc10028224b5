import { isOperation } from './isOperation';
import { literalMismatch } from './literalMismatch';
import type { LogicIssue } from './LogicIssue';
import { logicIssues } from './logicIssues';
import { logicLimits } from './logicLimits';
import { argTypeAt, type OperatorInfo } from './OperatorInfo';
import { findOperator } from './operatorCatalogue';
import { ruleCost } from './ruleCost';

type Path = (string | number)[];

export interface CheckLogicOptions {
  /** Deepest nesting of operations and lists allowed; default 32, at most 1000. */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 32;
const DEEPEST = 1000;
const MAX_VALUES = 1_000_000;
const MAX_ISSUES = 100;
const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** Thrown inside the walk to stop it; never escapes `checkLogic`. */
class StopWalk {
  constructor(readonly issue?: LogicIssue) {}
}

/**
 * The static checker: every problem a rule has before it ever runs, as values.
 * Never throws, whatever it is given (cycles, getters that throw, non-JSON
 * values, huge lists); a rule with no issues evaluates without throwing. A rule
 * with no other issue is refused as `logic.too_costly` when its estimated cost
 * (`ruleCost`) goes past `logicLimits.costBudget` or `sizeBudget`.
 */
export function checkLogic(rule: unknown, options?: CheckLogicOptions): LogicIssue[] {
  const walk = new RuleWalk(depthLimit(options));
  try {
    walk.visit(rule, [], 1);
  } catch (error) {
    if (error instanceof StopWalk) {
      if (error.issue !== undefined) walk.issues.push(error.issue);
    } else {
      walk.issues.push(logicIssues.unreadable([]));
    }
  }
  // Only a rule that is otherwise sound has a meaningful cost.
  if (walk.issues.length === 0) {
    const cost = ruleCost(rule);
    if (cost.exceeds === 'operations') walk.issues.push(logicIssues.tooCostly(cost.path, 'operations', cost.operations, logicLimits.costBudget));
    if (cost.exceeds === 'size') walk.issues.push(logicIssues.tooCostly(cost.path, 'size', cost.size, logicLimits.sizeBudget));
  }
  return walk.issues;
}

function depthLimit(options: CheckLogicOptions | undefined): number {
  let requested: unknown;
  try {
    requested = options?.maxDepth;
  } catch {
    requested = undefined;
  }
  if (typeof requested !== 'number' || !Number.isInteger(requested) || requested < 1) return DEFAULT_MAX_DEPTH;
  return Math.min(requested, DEEPEST);
}

class RuleWalk {
  readonly issues: LogicIssue[] = [];
  private readonly ancestors = new Set<object>();
  private readonly seen = new Set<object>();
  private values = 0;

  constructor(private readonly maxDepth: number) {}

  /** `depth` counts the operations and lists enclosing `node`, itself included. */
  visit(node: unknown, path: Path, depth: number): void {
    if (++this.values > MAX_VALUES) throw new StopWalk(logicIssues.tooLarge(MAX_VALUES));
    if (node === null || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return;
    if (typeof node !== 'object') return this.report(logicIssues.notJson(path, node));
    if (depth > this.maxDepth) return this.report(logicIssues.tooDeep(path, this.maxDepth));
    if (this.ancestors.has(node)) return this.report(logicIssues.cycle(path));
    // A value reached twice without a cycle was checked the first time.
    if (this.seen.has(node)) return;
    this.seen.add(node);
    this.ancestors.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) this.visit(node[i], [...path, i], depth + 1);
    } else {
      this.visitOperation(node, path, depth);
    }
    this.ancestors.delete(node);
  }

  private visitOperation(node: object, path: Path, depth: number): void {
    if (!isOperation(node)) return this.report(logicIssues.severalOperators(path, Object.keys(node)));
    const operator = Object.keys(node)[0] as string;
    const raw = node[operator];
    const spread = Array.isArray(raw);
    const args: unknown[] = spread ? raw : [raw];
    const argPath = (i: number): Path => (spread ? [...path, operator, i] : [...path, operator]);
    const info = findOperator(operator);
    if (info === undefined) {
      this.report(logicIssues.unknownOperator([...path, operator], operator));
    } else {
      if (args.length < info.args.min || args.length > info.args.max) this.report(logicIssues.arity([...path, operator], info, args.length));
      this.checkArguments(info, args, argPath);
    }
    for (let i = 0; i < args.length; i++) this.visit(args[i], argPath(i), depth + 1);
  }

  private checkArguments(info: OperatorInfo, args: unknown[], argPath: (i: number) => Path): void {
    switch (info.name) {
      case 'var':
        if (args.length > 0 && args[0] !== null) this.checkFieldPath(info, args[0], argPath(0), 0);
        return;
      case 'missing':
        args.forEach((arg, i) => {
          if (Array.isArray(arg)) arg.forEach((key, k) => this.checkFieldPath(info, key, [...argPath(i), k], i));
          else this.checkFieldPath(info, arg, argPath(i), i);
        });
        return;
      case 'missing_some':
        this.checkLiterals(info, args.slice(0, 1), argPath);
        if (Array.isArray(args[1])) args[1].forEach((key, k) => this.checkFieldPath(info, key, [...argPath(1), k], 1));
        else this.checkLiterals(info, args, argPath, 1);
        return;
      default:
        this.checkLiterals(info, args, argPath);
    }
  }

  private checkLiterals(info: OperatorInfo, args: unknown[], argPath: (i: number) => Path, from = 0): void {
    for (let i = from; i < args.length; i++) {
      const value = args[i];
      // Operations are checked where they are visited; other objects are reported as malformed there.
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) continue;
      const expected = literalMismatch(argTypeAt(info, i), value);
      if (expected !== null) this.report(logicIssues.badArgument(argPath(i), info, i, expected, value));
    }
  }

  /** A `var`/`missing` path: a literal must be a field name or list index, and never a reserved name. */
  private checkFieldPath(info: OperatorInfo, value: unknown, path: Path, index: number): void {
    if (typeof value === 'number') return;
    if (typeof value !== 'string') {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return; // computed at run time
      return this.report(logicIssues.badArgument(path, info, index, 'path', value));
    }
    for (const segment of value.split('.')) {
      if (UNSAFE_SEGMENTS.has(segment)) return this.report(logicIssues.unsafeVar(path, info.name, value, segment));
    }
  }

  private report(issue: LogicIssue): void {
    this.issues.push(issue);
    if (this.issues.length >= MAX_ISSUES) throw new StopWalk();
  }
}
