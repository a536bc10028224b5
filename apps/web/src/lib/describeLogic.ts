import type { Locale } from '../api/types.ts';
import { formatNumber } from '../i18n/localise.ts';
import { attributeName, eventPropertyName, inSentence, metricName, segmentName, valueName } from './vocabulary.ts';

/**
 * JSON Logic in plain words, for read-only summaries (segment rules, triggers,
 * conditions): {">": [{"var": "customer.metrics.orders"}, 3]} → "number of orders is more than 3"
 * / "订单数大于 3". Anything unusual is still described, operator by operator.
 */
export function describeLogic(rule: unknown, locale: Locale): string {
  return condition(rule, locale, false);
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The one operator of a rule (`{"op": args}`), or null for a literal. */
function operation(rule: unknown): [string, unknown[]] | null {
  if (!isRecord(rule)) return null;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return null;
  const op = keys[0]!;
  const args = rule[op];
  return [op, Array.isArray(args) ? args : [args]];
}

const HAN = /[\u2e80-\u9fff]/;
const LATIN = /[A-Za-z0-9%]/;

function needsSpace(last: string, first: string): boolean {
  const latinLast = LATIN.test(last);
  const latinFirst = LATIN.test(first);
  if (latinLast && latinFirst) return true;
  return (latinLast && HAN.test(first)) || (HAN.test(last) && latinFirst);
}

/** Joins Chinese phrases, with a space only where Chinese characters meet Latin letters or digits (or two Latin words meet). */
export function joinZh(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (part === '') continue;
    const last = out.at(-1);
    const first = part[0]!;
    if (last !== undefined && needsSpace(last, first)) out += ' ';
    out += part;
  }
  return out;
}

const say = (locale: Locale, en: string[], zh: string[]) => (locale === 'zh-CN' ? joinZh(zh) : en.filter((p) => p !== '').join(' '));
const quote = (text: string) => `“${text}”`;

/** A field read with `var`, in words. */
export function fieldName(path: string, locale: Locale): string {
  if (path === '' || path === 'customer') return locale === 'zh-CN' ? '客户' : 'the customer';
  if (path === 'now') return locale === 'zh-CN' ? '当前时间' : 'now';
  const parts = path.split('.');
  if (parts[0] === 'customer') {
    if (parts[1] === 'metrics' && parts[2]) return inSentence(metricName(parts[2], locale), locale);
    if (parts.length === 2) return inSentence(attributeName(parts[1]!, locale), locale);
  }
  if (parts[0] === 'event') {
    if (parts[1] === 'type' && parts.length === 2) return locale === 'zh-CN' ? '事件类型' : 'the event type';
    if (parts[1] === 'at' && parts.length === 2) return locale === 'zh-CN' ? '事件时间' : 'the event time';
    const property = parts[1] === 'properties' ? parts[2] : parts[1];
    if (property) {
      const name = inSentence(eventPropertyName(property, locale), locale);
      return locale === 'zh-CN' ? joinZh(['事件的', name]) : `the event’s ${name}`;
    }
  }
  return path;
}

function varPath(args: unknown[]): string | null {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  return typeof first === 'string' ? first : typeof first === 'number' ? String(first) : null;
}

function literal(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return formatNumber(value, locale, 2);
  if (typeof value === 'boolean') return locale === 'zh-CN' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (value === null || value === undefined) return locale === 'zh-CN' ? '空' : 'empty';
  if (Array.isArray(value)) return list(value.map((v) => operand(v, locale)), locale, 'or');
  return JSON.stringify(value);
}

function list(items: string[], locale: Locale, conjunction: 'and' | 'or'): string {
  if (locale === 'zh-CN') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** A value inside a condition: a field, a literal or a computed value. */
function operand(rule: unknown, locale: Locale): string {
  const op = operation(rule);
  if (!op) return literal(rule, locale);
  const [name, args] = op;
  const zh = locale === 'zh-CN';
  switch (name) {
    case 'var': {
      const path = varPath(args);
      return path === null ? literal(args[0], locale) : fieldName(path, locale);
    }
    case 'days_since':
      return zh ? joinZh(['距', operand(args[0], locale), '的天数']) : `days since ${operand(args[0], locale)}`;
    case 'days_until':
      return zh ? joinZh(['距', operand(args[0], locale), '还有的天数']) : `days until ${operand(args[0], locale)}`;
    case 'days_until_anniversary':
      return zh ? joinZh(['距下一个', operand(args[0], locale), '的天数']) : `days until the next ${operand(args[0], locale)}`;
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return args.length === 1 ? `${name === '-' ? '−' : ''}${operand(args[0], locale)}` : args.map((a) => operand(a, locale)).join(` ${name} `);
    case 'max':
    case 'min':
      return zh ? joinZh([args.map((a) => operand(a, locale)).join('、'), name === 'max' ? '中的最大值' : '中的最小值']) : `the ${name === 'max' ? 'largest' : 'smallest'} of ${list(args.map((a) => operand(a, locale)), locale, 'and')}`;
    case 'cat':
      return args.map((a) => operand(a, locale)).join(zh ? ' + ' : ' + ');
    default:
      return condition(rule, locale, true);
  }
}

const COMPARISONS: Record<string, { en: string; zh: string; flipped: string }> = {
  '==': { en: 'is', zh: '等于', flipped: '==' },
  '===': { en: 'is', zh: '等于', flipped: '===' },
  '!=': { en: 'is not', zh: '不等于', flipped: '!=' },
  '!==': { en: 'is not', zh: '不等于', flipped: '!==' },
  '>': { en: 'is more than', zh: '大于', flipped: '<' },
  '>=': { en: 'is at least', zh: '大于或等于', flipped: '<=' },
  '<': { en: 'is less than', zh: '小于', flipped: '>' },
  '<=': { en: 'is at most', zh: '小于或等于', flipped: '>=' },
};

/** A string compared with a field, in the vocabulary's words for that field's values (`sentiment`, "negative" → “负面”). */
function valueOf(field: unknown, value: unknown, locale: Locale): string {
  const op = operation(field);
  const path = op && op[0] === 'var' ? varPath(op[1]) : null;
  if (path === null || typeof value !== 'string') return operand(value, locale);
  return quote(valueName(path.split('.').at(-1)!, value, locale));
}

const isField = (rule: unknown) => {
  const op = operation(rule);
  return op !== null && (op[0] === 'var' || op[0].startsWith('days_'));
};

function condition(rule: unknown, locale: Locale, nested: boolean): string {
  const zh = locale === 'zh-CN';
  const op = operation(rule);
  if (!op) {
    if (rule === true) return zh ? '总是' : 'always';
    if (rule === false || rule === null) return zh ? '从不' : 'never';
    return literal(rule, locale);
  }
  const [name, args] = op;
  const wrap = (text: string) => (nested ? (zh ? `（${text}）` : `(${text})`) : text);
  switch (name) {
    case 'and':
    case 'or': {
      const parts = args.map((a) => condition(a, locale, true));
      if (parts.length === 1) return parts[0]!;
      const joined = zh ? parts.join(name === 'and' ? '，且' : '，或') : parts.join(name === 'and' ? ' and ' : ' or ');
      return wrap(joined);
    }
    case '!':
      return zh ? joinZh(['并非', `（${condition(args[0], locale, false)}）`]) : `not (${condition(args[0], locale, false)})`;
    case '!!':
      return say(locale, [operand(args[0], locale), 'is set'], [operand(args[0], locale), '有值']);
    case 'var':
      return say(locale, [operand(rule, locale), 'is set'], [operand(rule, locale), '有值']);
    case 'in_segment': {
      const segment = typeof args[0] === 'string' ? segmentName(args[0], locale) : operand(args[0], locale);
      return zh ? joinZh(['属于', quote(segment), '分群']) : `is in the ${quote(segment)} segment`;
    }
    case 'has_tag': {
      const tag = typeof args[0] === 'string' ? quote(args[0]) : operand(args[0], locale);
      return zh ? joinZh(['带有标签', tag]) : `has the tag ${tag}`;
    }
    case 'in': {
      const [needle, haystack] = args;
      if (Array.isArray(haystack)) {
        const values = list(haystack.map((item) => valueOf(needle, item, locale)), locale, 'or');
        return say(locale, [operand(needle, locale), 'is one of', values], [operand(needle, locale), '属于', values]);
      }
      return say(locale, [operand(haystack, locale), 'contains', operand(needle, locale)], [operand(haystack, locale), '包含', operand(needle, locale)]);
    }
    case 'if':
    case '?:': {
      const [test, then, otherwise] = args;
      return zh
        ? joinZh(['如果', condition(test, locale, true), '则', operand(then, locale), '，否则', operand(otherwise, locale)])
        : wrap(`if ${condition(test, locale, true)} then ${operand(then, locale)}, otherwise ${operand(otherwise, locale)}`);
    }
    default:
      break;
  }
  const comparison = COMPARISONS[name];
  if (comparison) {
    if ((name === '<' || name === '<=') && args.length === 3) {
      const [low, middle, high] = args;
      return say(locale, [operand(middle, locale), 'is between', operand(low, locale), 'and', operand(high, locale)], [operand(middle, locale), '介于', operand(low, locale), '和', operand(high, locale), '之间']);
    }
    let [left, right] = args;
    let words = comparison;
    if (!isField(left) && isField(right)) {
      [left, right] = [right, left];
      words = COMPARISONS[comparison.flipped]!;
    }
    const value = valueOf(left, right, locale);
    return say(locale, [operand(left, locale), words.en, value], [operand(left, locale), words.zh, value]);
  }
  return `${name}(${args.map((a) => operand(a, locale)).join(', ')})`;
}
