import { MS_PER_DAY } from './calendar';
import { daysUntilAnniversary } from './daysUntilAnniversary';
import { parseIsoDate } from './parseIsoDate';

/**
 * Stayflow's extra operators. Each one needs a value from the evaluation context
 * (`now`, the customer's tags or segments) besides its own argument, so
 * `compileLogic` rewrites `{"days_since": X}` into `{"__sf_days_since": [X, <context>]}`
 * and these implementations receive both as plain arguments. The internal names
 * are not in the operator catalogue, so a rule can never call them directly.
 */
export interface RetentionOperator {
  /** Name registered with json-logic-js; unreachable from user rules. */
  internal: string;
  /** Context path passed as the second argument. */
  context: 'now' | 'customer.tags' | 'customer.segments';
  run: (argument: unknown, context: unknown) => unknown;
}

export const INTERNAL_PREFIX = '__sf_';

// `now` is usually the same string for many evaluations in a row, and so is a
// date read from one customer; remembering the last parse skips the regex.
function lastParse(): (value: unknown) => number | null {
  let lastInput: unknown;
  let lastResult: number | null = null;
  return (value) => {
    if (value !== lastInput) {
      lastResult = parseIsoDate(value);
      lastInput = value;
    }
    return lastResult;
  };
}

const parseDate = lastParse();
const parseNow = lastParse();

function contains(list: unknown, item: unknown): boolean {
  return typeof item === 'string' && Array.isArray(list) && list.includes(item);
}

export const retentionOperators: ReadonlyMap<string, RetentionOperator> = new Map<string, RetentionOperator>([
  ['days_since', {
    internal: `${INTERNAL_PREFIX}days_since`,
    context: 'now',
    run: (date, now) => {
      const from = parseDate(date);
      const to = parseNow(now);
      return from === null || to === null ? null : (to - from) / MS_PER_DAY;
    },
  }],
  ['days_until', {
    internal: `${INTERNAL_PREFIX}days_until`,
    context: 'now',
    run: (date, now) => {
      const to = parseDate(date);
      const from = parseNow(now);
      return from === null || to === null ? null : (to - from) / MS_PER_DAY;
    },
  }],
  ['days_until_anniversary', {
    internal: `${INTERNAL_PREFIX}days_until_anniversary`,
    context: 'now',
    run: (date, now) => {
      const dateMs = parseDate(date);
      const nowMs = parseNow(now);
      return dateMs === null || nowMs === null ? null : daysUntilAnniversary(dateMs, nowMs);
    },
  }],
  ['has_tag', { internal: `${INTERNAL_PREFIX}has_tag`, context: 'customer.tags', run: (tag, tags) => contains(tags, tag) }],
  ['in_segment', { internal: `${INTERNAL_PREFIX}in_segment`, context: 'customer.segments', run: (name, segments) => contains(segments, name) }],
]);
