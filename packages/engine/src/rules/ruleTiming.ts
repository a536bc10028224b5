import { compileLogic, isOperation, MS_PER_DAY, parseIsoDate, type CompiledLogic, type Logic, type LogicData } from '@stayflow/logic';
import { type MetricsState, NEGATIVE_FEEDBACK_WINDOW_MS } from '../metrics/MetricsState.ts';
import { isoAt } from '../time/isoAt.ts';

/**
 * When a rule's answer can change with time alone (engine README "When answers change
 * with time"): the instant, `'never'`, or `'unknown'` for rules outside the covered classes.
 */
export type NextChange = number | 'never' | 'unknown';

/** What `RuleTiming.next` reads: the Logic context at `now` (no event), the customer's metrics state behind it, and `now`. */
export interface TimingInput {
  data: LogicData;
  metrics: MetricsState;
  now: number;
  /**
   * When the named segment (null: any of them) the customer matches can next change. The
   * rule's own analysis does not cover segments it reads; without this, a rule that reads
   * them answers `'unknown'`.
   */
  segmentChange?: (name: string | null) => NextChange;
}

/** A rule's analysis, prepared once per rule (`compileRule` keeps it as `CompiledRule.timing`). */
export interface RuleTiming {
  /** `static`: no input of the rule moves with time; `timed`: `next` says when; `unknown`: not covered. */
  kind: 'static' | 'timed' | 'unknown';
  /** The named segments the rule reads: `'all'` for `customer.segments`, else the names given to `in_segment`. */
  segments: 'all' | ReadonlySet<string>;
  /**
   * The earliest instant after `now` at which the rule's answer may differ from its answer at
   * `now` by time alone (no event, no change to the customer): the answer is the same at every
   * instant from `now` up to, not including, it. Earlier than the real change is possible (only
   * costs an evaluation); later never. `'never'`: time alone never changes it.
   */
  next(input: TimingInput): NextChange;
}

/** Day boundaries an anniversary comparison looks ahead before it settles for re-checking there. */
const ANNIVERSARY_DAYS_AHEAD = 800;
/** Breakpoints a step term's comparison inspects before it settles for the last one (sound: nothing changed before it). */
const MAX_STEPS = 1_000;
/** Instants outside ±8.64e15 ms are not dates (ECMAScript's range): nothing changes there. */
const MAX_INSTANT = 8.64e15;

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=', '===', '!==']);
const ITERATING = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

/** A value that moves linearly with time: `sign × (t − anchor) / 1 day`, or null when there is no anchor (no order yet, not a date). */
interface LinearTerm {
  kind: 'linear';
  anchor(input: TimingInput): number | null;
  sign: 1 | -1;
}

/** A value constant between breakpoints it can list. */
interface StepTerm {
  kind: 'step';
  value(input: TimingInput, at: number): unknown;
  /** Instants after `now`, ascending, at which the value may change (the value at a breakpoint is the new one). */
  breakpoints(input: TimingInput): Iterable<number>;
  /** Whether the breakpoints stop at a horizon (the value may change after the last one) rather than being all of them. */
  horizon: boolean;
}

/** A value constant until `next` (static parts have none). */
interface Piecewise {
  kind: 'piecewise';
  next(input: TimingInput): NextChange;
  /** Evaluates the value at `now` (for operands of a comparison with a term). */
  evaluate?: CompiledLogic;
}

type Plan = { kind: 'static'; evaluate?: CompiledLogic } | { kind: 'unknown' } | LinearTerm | StepTerm | Piecewise;

const STATIC: Plan = { kind: 'static' };
const UNKNOWN: Plan = { kind: 'unknown' };

/**
 * Analyses a Logic rule once: which of its inputs move with time, and how to compute, for a
 * customer at `now`, the next instant its answer can change. Covered: `days_since`,
 * `days_until` of a value that does not move, `customer.metrics.days_since_last_order` and
 * `days_since_last_seen` compared (`<`, `<=`, `>`, `>=`, `==`, `!=`, `===`, `!==`, the
 * three-argument "between" forms too) with values that do not move with time;
 * `customer.metrics.negative_feedback_90d` and `days_until_anniversary` anywhere; any
 * combination of those with and/or/not/if or any other operator. Anything else that reads
 * time (`now`, a time-based value used outside a comparison, inside `map`/`some`/…, a `var`
 * whose path is computed) makes the rule `unknown`.
 */
export function ruleTiming(rule: Logic): RuleTiming {
  const segments = new Set<string>();
  const reads = { all: false };
  let plan: Plan;
  try {
    plan = analyse(rule, false, { segments, reads });
  } catch {
    plan = UNKNOWN; // A rule too deep to walk: not covered.
  }
  const kind = plan.kind === 'static' ? 'static' : plan.kind === 'unknown' || plan.kind === 'linear' ? 'unknown' : 'timed';
  const readsSegments = reads.all || segments.size > 0;
  return {
    kind,
    segments: reads.all ? 'all' : segments,
    next(input) {
      if (kind === 'unknown') return 'unknown';
      if (readsSegments && input.segmentChange === undefined) return 'unknown';
      if (kind === 'static') return 'never';
      return nextOf(plan, input);
    },
  };
}

interface Reads {
  segments: Set<string>;
  reads: { all: boolean };
}

function analyse(node: unknown, perItem: boolean, reads: Reads): Plan {
  if (Array.isArray(node)) return combine(node.map((item) => analyse(item, perItem, reads)), node);
  if (!isOperation(node)) return STATIC;
  const operator = Object.keys(node)[0]!;
  const raw = node[operator];
  const args: unknown[] = Array.isArray(raw) ? raw : [raw];
  switch (operator) {
    case 'var':
      return perItem ? STATIC : variable(args, reads);
    case 'days_since':
    case 'days_until':
    case 'days_until_anniversary': {
      if (perItem) return UNKNOWN;
      const argument = analyse(args[0], false, reads);
      if (argument.kind !== 'static') return UNKNOWN;
      const date = compileLogic(args[0] as Logic);
      const anchor = (input: TimingInput) => parseIsoDate(date.evaluate(input.data));
      if (operator === 'days_until_anniversary') return anniversary(anchor);
      return { kind: 'linear', anchor, sign: operator === 'days_since' ? 1 : -1 };
    }
    case 'in_segment': {
      if (perItem) return UNKNOWN;
      if (typeof args[0] === 'string') reads.segments.add(args[0]);
      else reads.reads.all = true;
      return segmentRead(analyse(args[0], false, reads), node);
    }
    default: {
      const plans = args.map((arg, i) => analyse(arg, perItem || (i === 1 && ITERATING.has(operator)), reads));
      if (COMPARISONS.has(operator)) {
        const compared = comparison(operator, args, plans);
        if (compared !== undefined) return compared;
      }
      return combine(plans, node);
    }
  }
}

/** A node whose value follows its parts: constant while they all are. */
function combine(plans: readonly Plan[], node: unknown): Plan {
  let allStatic = true;
  const parts: Plan[] = [];
  for (const plan of plans) {
    if (plan.kind === 'unknown' || plan.kind === 'linear') return UNKNOWN;
    if (plan.kind !== 'static') {
      allStatic = false;
      parts.push(plan);
    }
  }
  if (allStatic) return { kind: 'static', evaluate: lazyCompile(node) };
  return {
    kind: 'piecewise',
    next: (input) => {
      let soonest: NextChange = 'never';
      for (const part of parts) {
        soonest = sooner(soonest, nextOf(part, input));
        if (soonest === 'unknown') break;
      }
      return soonest;
    },
    evaluate: lazyCompile(node),
  };
}

/** Reading segments: constant until a segment changes (`segmentChange`), which the caller supplies. */
function segmentRead(argument: Plan, node: unknown): Plan {
  if (argument.kind === 'unknown' || argument.kind === 'linear') return UNKNOWN;
  const name = (node as { in_segment?: unknown }).in_segment;
  const segment = typeof name === 'string' ? name : Array.isArray(name) && typeof name[0] === 'string' ? name[0] : null;
  return {
    kind: 'piecewise',
    next: (input) => earliest([input.segmentChange?.(segment) ?? 'unknown', argument.kind === 'static' ? 'never' : nextOf(argument, input)]),
    evaluate: lazyCompile(node),
  };
}

const TIME_PATHS = ['now', 'customer.metrics.days_since_last_order', 'customer.metrics.days_since_last_seen', 'customer.metrics.negative_feedback_90d', 'customer.segments'];

function variable(args: readonly unknown[], reads: Reads): Plan {
  const path = args[0];
  if (path !== undefined && path !== null && typeof path !== 'string' && typeof path !== 'number') return UNKNOWN; // computed path
  const text = path === undefined || path === null ? '' : String(path);
  // A default is used only for a path that is missing; the metrics are always there (null before any order).
  const fallback = args.length > 1 ? analyse(args[1], false, reads) : STATIC;
  if (fallback.kind === 'unknown' || fallback.kind === 'linear') return UNKNOWN;
  const node = { var: args.length > 1 ? [...args] : path };
  if (text === 'customer.metrics.days_since_last_order') return { kind: 'linear', anchor: (i) => i.metrics.lastOrderAt, sign: 1 };
  if (text === 'customer.metrics.days_since_last_seen') return { kind: 'linear', anchor: (i) => i.metrics.lastSeenAt, sign: 1 };
  if (text === 'customer.metrics.negative_feedback_90d') return negativeFeedback();
  if (text === 'customer.segments' || text.startsWith('customer.segments.')) {
    reads.reads.all = true;
    return segmentRead(STATIC, node);
  }
  // The path leads to a time-based value (`now`, a metric) or to an object holding one.
  if (text === '') return UNKNOWN;
  for (const timed of TIME_PATHS) if (text === timed || timed.startsWith(`${text}.`) || text.startsWith(`${timed}.`)) return UNKNOWN;
  return fallback.kind === 'static' ? { kind: 'static', evaluate: lazyCompile(node) } : combine([fallback], node);
}

function negativeFeedback(): StepTerm {
  return {
    kind: 'step',
    value: (input, at) => {
      let count = 0;
      for (const given of input.metrics.negativeFeedbackAt) if (given > at - NEGATIVE_FEEDBACK_WINDOW_MS && given <= at) count++;
      return count;
    },
    *breakpoints(input) {
      const instants = new Set<number>();
      for (const given of input.metrics.negativeFeedbackAt) {
        if (given > input.now) instants.add(given);
        if (given + NEGATIVE_FEEDBACK_WINDOW_MS > input.now) instants.add(given + NEGATIVE_FEEDBACK_WINDOW_MS);
      }
      yield* [...instants].sort((a, b) => a - b);
    },
    horizon: false,
  };
}

function anniversary(anchor: (input: TimingInput) => number | null): StepTerm {
  return {
    kind: 'step',
    value: (input, at) => {
      const date = anchor(input);
      return date === null ? null : daysUntilAnniversaryAt(date, at);
    },
    *breakpoints(input) {
      if (anchor(input) === null) return;
      const first = Math.floor(input.now / MS_PER_DAY) + 1;
      for (let day = first; day < first + ANNIVERSARY_DAYS_AHEAD; day++) yield day * MS_PER_DAY;
    },
    horizon: true,
  };
}

/** `days_until_anniversary` as the operator computes it, at an instant. */
const daysUntilAnniversaryAt = (date: number, at: number): unknown => anniversaryProbe.evaluate({ d: isoAt(date), now: isoAt(at) } as unknown as LogicData);
const anniversaryProbe = compileLogic({ days_until_anniversary: { var: 'd' } } as Logic);

/** A comparison with one term that moves with time and operands that are constant until their own change. */
function comparison(operator: string, args: readonly unknown[], plans: readonly Plan[]): Plan | undefined {
  const terms = plans.filter((plan) => plan.kind === 'linear' || plan.kind === 'step');
  if (terms.length !== 1 || plans.some((plan) => plan.kind === 'unknown')) return undefined;
  const termIndex = plans.findIndex((plan) => plan.kind === 'linear' || plan.kind === 'step');
  const term = plans[termIndex] as LinearTerm | StepTerm;
  const operands = plans.map((plan, i) => (i === termIndex ? null : { plan: plan as Exclude<Plan, LinearTerm | StepTerm | { kind: 'unknown' }>, arg: args[i] }));
  const compare = comparator(operator, args.length);
  const native = NATIVE[operator];
  const probe: unknown[] = new Array(args.length).fill(null);
  return {
    kind: 'piecewise',
    next(input) {
      // One synchronous call at a time: the operands' values go into one array per comparison, reused.
      let soonest: NextChange = 'never';
      let numeric = native !== undefined;
      for (let i = 0; i < operands.length; i++) {
        const operand = operands[i];
        if (operand === null || operand === undefined) continue;
        const value = valueOf(operand.plan, operand.arg, input);
        probe[i] = value;
        if (typeof value !== 'number' || !Number.isFinite(value)) numeric = false;
        if (operand.plan.kind === 'piecewise') soonest = sooner(soonest, operand.plan.next(input));
      }
      if (soonest === 'unknown') return soonest;
      // Numbers compare as JavaScript does (what the evaluator's operators do with them): no evaluation needed.
      const holds = (at: number) => {
        const value = termValue(term, input, at);
        probe[termIndex] = value;
        return numeric && typeof value === 'number' ? native!(probe as number[]) : compare.test(probe as unknown as LogicData);
      };
      return sooner(soonest, term.kind === 'linear' ? linearFlip(term, input, probe, termIndex, holds) : stepFlip(term, input, holds));
    },
  };
}

function termValue(term: LinearTerm | StepTerm, input: TimingInput, at: number): unknown {
  if (term.kind === 'step') return term.value(input, at);
  const anchor = term.anchor(input);
  if (anchor === null) return null;
  return term.sign === 1 ? (at - anchor) / MS_PER_DAY : (anchor - at) / MS_PER_DAY;
}

/** The first instant after `now` at which the comparison's answer differs, scanning the few milliseconds around each crossing. */
function linearFlip(term: LinearTerm, input: TimingInput, values: unknown[], termIndex: number, holds: (at: number) => boolean): NextChange {
  const anchor = term.anchor(input);
  if (anchor === null) return 'never'; // No order yet, an attribute that is not a date: null, whatever the time.

  const now = input.now;
  // The instants where the term equals an operand (read before `holds` overwrites the term's place).
  let first = Number.NaN;
  let second = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    if (i === termIndex) continue;
    const days = Number(values[i]);
    if (!Number.isFinite(days)) continue;
    const crossing = anchor + term.sign * days * MS_PER_DAY;
    if (Math.abs(crossing) > MAX_INSTANT) continue;
    if (Number.isNaN(first)) first = crossing;
    else second = crossing;
  }
  if (Number.isNaN(first)) return 'never';
  if (!Number.isNaN(second) && second < first) [first, second] = [second, first];
  const before = holds(now);
  for (const crossing of Number.isNaN(second) ? [first] : [first, second]) {
    const last = Math.ceil(crossing) + 3;
    for (let at = Math.max(now + 1, Math.floor(crossing) - 3); at <= last; at++) if (holds(at) !== before) return at;
  }
  return 'never';
}

function stepFlip(term: StepTerm, input: TimingInput, holds: (at: number) => boolean): NextChange {
  const before = holds(input.now);
  let seen = 0;
  let last: number | undefined;
  for (const at of term.breakpoints(input)) {
    if (holds(at) !== before) return at;
    last = at;
    if (++seen >= MAX_STEPS) return at;
  }
  return term.horizon && last !== undefined ? last : 'never';
}

function valueOf(plan: Plan, arg: unknown, input: TimingInput): unknown {
  if (typeof arg !== 'object' || arg === null) return arg;
  if ((plan.kind === 'static' || plan.kind === 'piecewise') && plan.evaluate !== undefined) return plan.evaluate.evaluate(input.data);
  return compileLogic(arg as Logic).evaluate(input.data);
}

function nextOf(plan: Plan, input: TimingInput): NextChange {
  switch (plan.kind) {
    case 'static':
      return 'never';
    case 'unknown':
    case 'linear':
      return 'unknown';
    case 'piecewise':
      return plan.next(input);
    case 'step': {
      for (const at of plan.breakpoints(input)) return at;
      return 'never';
    }
  }
}

/** The earliest instant of several; `'unknown'` wins over everything. */
export function earliest(changes: readonly NextChange[]): NextChange {
  let soonest: NextChange = 'never';
  for (const change of changes) soonest = sooner(soonest, change);
  return soonest;
}

/** The earlier of two; `'unknown'` wins, `'never'` loses. */
export function sooner(a: NextChange, b: NextChange): NextChange {
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  if (a === 'never') return b;
  if (b === 'never') return a;
  return b < a ? b : a;
}

/** The comparisons on numbers, as json-logic-js and `orderingComparisons` run them (`>`, `>=` and the equalities read two arguments). */
const NATIVE: Record<string, ((v: readonly number[]) => boolean) | undefined> = {
  '<': (v) => (v.length > 2 ? v[0]! < v[1]! && v[1]! < v[2]! : v[0]! < v[1]!),
  '<=': (v) => (v.length > 2 ? v[0]! <= v[1]! && v[1]! <= v[2]! : v[0]! <= v[1]!),
  '>': (v) => v[0]! > v[1]!,
  '>=': (v) => v[0]! >= v[1]!,
  '==': (v) => v[0] === v[1],
  '===': (v) => v[0] === v[1],
  '!=': (v) => v[0] !== v[1],
  '!==': (v) => v[0] !== v[1],
};

const comparators = new Map<string, CompiledLogic>();

/** The comparison as the evaluator runs it, over `[a, b, c?]`. */
function comparator(operator: string, arity: number): CompiledLogic {
  const key = `${operator}/${arity}`;
  let compiled = comparators.get(key);
  if (compiled === undefined) {
    compiled = compileLogic({ [operator]: Array.from({ length: arity }, (_, i) => ({ var: String(i) })) } as Logic);
    comparators.set(key, compiled);
  }
  return compiled;
}

/** Compiles a node when first evaluated (most static parts never are). */
function lazyCompile(node: unknown): CompiledLogic {
  let compiled: CompiledLogic | undefined;
  const get = () => (compiled ??= compileLogic(node as Logic));
  return { evaluate: (data) => get().evaluate(data), test: (data) => get().test(data), evaluateDetailed: (data, limits) => get().evaluateDetailed(data, limits) };
}
