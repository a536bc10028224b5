import type { LogicIssue } from './LogicIssue';
import type { ArgType, OperatorInfo } from './OperatorInfo';

type Path = (string | number)[];

/** What a literal argument should have been: the checker's argument kinds plus field paths. */
export type ExpectedValue = Extract<ArgType, 'number' | 'string' | 'date' | 'array'> | 'path';

const EXPECTED: Record<ExpectedValue, string> = {
  number: 'a number',
  string: 'a text value such as "vip"',
  date: 'a date such as "2024-05-31"',
  array: 'a list of values',
  path: 'a field name such as "customer.name"',
};

/** A short, readable rendering of a literal for a message. */
export function describeValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  text ??= typeof value === 'symbol' ? 'a symbol' : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A count for a message: digits grouped by thousands, whatever the locale. */
export function formatCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Estimates are reported up to a trillion; beyond, only "more than" that. */
const LARGEST_ESTIMATE = 1e12;

function approximately(estimate: number): string {
  return Number.isFinite(estimate) && estimate < LARGEST_ESTIMATE ? `about ${formatCount(estimate)}` : `more than ${formatCount(LARGEST_ESTIMATE)}`;
}

function plural(count: number): string {
  return count === 1 ? 'value' : 'values';
}

function expectedCount({ min, max }: OperatorInfo['args']): { text: string; words: string } {
  if (min === max) return { text: String(min), words: `${min} ${plural(min)}` };
  if (max === Infinity) return { text: `≥${min}`, words: `at least ${min} ${plural(min)}` };
  if (min === 0) return { text: `≤${max}`, words: `at most ${max} ${plural(max)}` };
  return { text: `${min}–${max}`, words: `${min} to ${max} values` };
}

/** Every issue `checkLogic` reports, with its operator-facing English message and the params to translate it. */
export const logicIssues = {
  unknownOperator(path: Path, operator: string): LogicIssue {
    return {
      code: 'logic.unknown_operator',
      message: `Unknown operator "${operator}": choose one from the list of conditions.`,
      path,
      operator,
      params: { operator },
    };
  },

  arity(path: Path, info: OperatorInfo, given: number): LogicIssue {
    const expected = expectedCount(info.args);
    const params: Record<string, unknown> = { operator: info.name, label: info.labels.en, given, expected: expected.text, min: info.args.min };
    if (info.args.max !== Infinity) params.max = info.args.max;
    return {
      code: 'logic.arity',
      message: `"${info.labels.en}" takes ${expected.words}, but ${given} ${given === 1 ? 'is' : 'are'} given.`,
      path,
      operator: info.name,
      params,
    };
  },

  tooDeep(path: Path, max: number): LogicIssue {
    return {
      code: 'logic.too_deep',
      message: `This condition is nested more than ${max} levels deep: split it into simpler conditions.`,
      path,
      params: { max },
    };
  },

  severalOperators(path: Path, keys: string[]): LogicIssue {
    const message =
      keys.length === 0
        ? 'This condition is empty: choose one from the list of conditions.'
        : `A condition has exactly one operator, but this one has ${keys.length} (${keys.slice(0, 5).map((key) => `"${key}"`).join(', ')}): split it with "all of" or "any of".`;
    return { code: 'logic.malformed', message, path, params: { reason: 'keys', count: keys.length, keys: keys.slice(0, 20) } };
  },

  notJson(path: Path, value: unknown): LogicIssue {
    const type = typeof value;
    return {
      code: 'logic.malformed',
      message: `This condition contains a value that is not JSON (${type}).`,
      path,
      params: { reason: 'not_json', type },
    };
  },

  cycle(path: Path): LogicIssue {
    return { code: 'logic.malformed', message: 'This condition contains itself, so it can never be evaluated.', path, params: { reason: 'cycle' } };
  },

  tooLarge(maxValues: number): LogicIssue {
    return {
      code: 'logic.malformed',
      message: `This condition has more than ${maxValues} values, too many to check: simplify it.`,
      path: [],
      params: { reason: 'too_large', max: maxValues },
    };
  },

  unreadable(path: Path): LogicIssue {
    return { code: 'logic.malformed', message: 'This condition could not be read.', path, params: { reason: 'unreadable' } };
  },

  unsafeVar(path: Path, operator: string, variable: string, segment: string): LogicIssue {
    return {
      code: 'logic.unsafe_var',
      message: `The field "${variable}" cannot be used in a condition: "${segment}" is a reserved name.`,
      path,
      operator,
      params: { var: variable, segment },
    };
  },

  tooCostly(path: Path, exceeds: 'operations' | 'size', estimate: number, budget: number): LogicIssue {
    const shown = Number.isFinite(estimate) ? Math.min(Math.round(estimate), LARGEST_ESTIMATE) : LARGEST_ESTIMATE;
    const message =
      exceeds === 'operations'
        ? `This condition could need ${approximately(estimate)} operations to evaluate, more than the limit of ${formatCount(budget)}: iterate over fewer or shorter lists, or nest fewer "transform each item", "keep items where", "combine items" or "some item matches" steps.`
        : `This condition could build a value of ${approximately(estimate)} characters, more than the limit of ${formatCount(budget)}: do not join or combine a value with itself over and over.`;
    return { code: 'logic.too_costly', message, path, params: { reason: exceeds, estimate: shown, budget } };
  },

  badArgument(path: Path, info: OperatorInfo, index: number, expected: ExpectedValue, value: unknown): LogicIssue {
    const given = describeValue(value);
    return {
      code: 'logic.bad_argument',
      message: `"${info.labels.en}" needs ${EXPECTED[expected]} here, not ${given}.`,
      path,
      operator: info.name,
      params: { operator: info.name, label: info.labels.en, index, expected, given, reason: `it needs ${EXPECTED[expected]}, not ${given}` },
    };
  },
};
