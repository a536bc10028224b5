import type { ArgType, OperatorInfo } from './OperatorInfo';

type Texts = [en: string, zhCN: string];

function operator(
  name: string,
  category: OperatorInfo['category'],
  [min, max, types]: [number, number, ArgType[]],
  result: ArgType,
  [labelEn, labelZh]: Texts,
  [descriptionEn, descriptionZh]: Texts,
  builder = false,
): OperatorInfo {
  const info: OperatorInfo = {
    name,
    category,
    args: Object.freeze({ min, max, types: Object.freeze(types) as ArgType[] }),
    result,
    labels: Object.freeze({ en: labelEn, 'zh-CN': labelZh }),
    description: Object.freeze({ en: descriptionEn, 'zh-CN': descriptionZh }),
  };
  if (builder) info.builder = true;
  return Object.freeze(info);
}

const MISSING_NEVER_COMPARES = { en: 'A missing value never compares, so the result is then false.', zh: '缺失的值不参与比较，此时结果为假。' } as const;

/**
 * Every operator a rule may use: the json-logic-js operators we keep (not `log`,
 * which writes to the console, nor `method`, which calls arbitrary methods) and
 * Stayflow's retention operators. Anything else is `logic.unknown_operator`.
 */
export const operatorCatalogue: readonly OperatorInfo[] = Object.freeze([
  // comparison
  operator('==', 'comparison', [2, 2, ['any']], 'boolean', ['equals', '等于'],
    ['True when both values are equal; numbers and text are compared loosely, so 1 equals "1".', '两个值相等时为真；数字和文本宽松比较，1 等于 "1"。'], true),
  operator('===', 'comparison', [2, 2, ['any']], 'boolean', ['is exactly', '严格等于'],
    ['True when both values are equal and of the same kind, so 1 is not exactly "1".', '两个值相等且类型相同时为真，1 不严格等于 "1"。']),
  operator('!=', 'comparison', [2, 2, ['any']], 'boolean', ['does not equal', '不等于'],
    ['True when the two values differ; numbers and text are compared loosely.', '两个值不相等时为真；数字和文本宽松比较。'], true),
  operator('!==', 'comparison', [2, 2, ['any']], 'boolean', ['is not exactly', '严格不等于'],
    ['True when the two values differ in value or in kind.', '两个值的值或类型不同时为真。']),
  operator('>', 'comparison', [2, 2, ['any']], 'boolean', ['is greater than', '大于'],
    [`True when the first value is greater than the second. ${MISSING_NEVER_COMPARES.en}`, `第一个值大于第二个值时为真。${MISSING_NEVER_COMPARES.zh}`], true),
  operator('>=', 'comparison', [2, 2, ['any']], 'boolean', ['is at least', '大于或等于'],
    [`True when the first value is greater than or equal to the second. ${MISSING_NEVER_COMPARES.en}`, `第一个值大于或等于第二个值时为真。${MISSING_NEVER_COMPARES.zh}`], true),
  operator('<', 'comparison', [2, 3, ['any']], 'boolean', ['is less than', '小于'],
    [`True when the first value is less than the second; with three values, when the middle one lies strictly between the others. ${MISSING_NEVER_COMPARES.en}`,
      `第一个值小于第二个值时为真；给出三个值时，中间的值严格介于另外两个之间才为真。${MISSING_NEVER_COMPARES.zh}`], true),
  operator('<=', 'comparison', [2, 3, ['any']], 'boolean', ['is at most', '小于或等于'],
    [`True when the first value is less than or equal to the second; with three values, when the middle one lies between the others. ${MISSING_NEVER_COMPARES.en}`,
      `第一个值小于或等于第二个值时为真；给出三个值时，中间的值介于另外两个之间才为真。${MISSING_NEVER_COMPARES.zh}`], true),

  // logic
  operator('!', 'logic', [1, 1, ['boolean']], 'boolean', ['not', '不满足'],
    ['True when the condition is false, zero, empty or missing.', '条件为假、零、空或缺失时为真。'], true),
  operator('!!', 'logic', [1, 1, ['boolean']], 'boolean', ['has a value', '有值'],
    ['True when the value is not false, zero, empty or missing.', '值不是假、零、空或缺失时为真。']),
  operator('and', 'logic', [1, Infinity, ['boolean']], 'any', ['all of', '同时满足'],
    ['True when every condition is true.', '所有条件都满足时为真。'], true),
  operator('or', 'logic', [1, Infinity, ['boolean']], 'any', ['any of', '满足任一'],
    ['True when at least one condition is true.', '至少满足一个条件时为真。'], true),
  operator('if', 'logic', [2, Infinity, ['any']], 'any', ['if … then … else', '如果…则…否则'],
    ['Gives the value after the first true condition, else the last value (or nothing).', '返回第一个成立的条件后面的值，否则返回最后一个值（或空）。']),
  operator('?:', 'logic', [3, 3, ['any']], 'any', ['either … or', '二选一'],
    ['Gives the second value when the condition is true, else the third.', '条件成立时返回第二个值，否则返回第三个值。']),

  // arithmetic
  operator('+', 'arithmetic', [1, Infinity, ['number']], 'number', ['plus', '加'],
    ['Adds the numbers; with one value, turns text such as "3" into a number.', '把数字相加；只有一个值时，把 "3" 这样的文本转成数字。']),
  operator('-', 'arithmetic', [1, 2, ['number']], 'number', ['minus', '减'],
    ['Subtracts the second number from the first; with one value, changes its sign.', '第一个数减去第二个数；只有一个值时取相反数。']),
  operator('*', 'arithmetic', [1, Infinity, ['number']], 'number', ['times', '乘'],
    ['Multiplies the numbers.', '把数字相乘。']),
  operator('/', 'arithmetic', [2, 2, ['number']], 'number', ['divided by', '除以'],
    ['Divides the first number by the second.', '第一个数除以第二个数。']),
  operator('%', 'arithmetic', [2, 2, ['number']], 'number', ['remainder', '取余'],
    ['The remainder after dividing the first number by the second.', '第一个数除以第二个数后的余数。']),
  operator('max', 'arithmetic', [1, Infinity, ['number']], 'number', ['largest of', '最大值'],
    ['The largest of the numbers.', '这些数字中最大的一个。']),
  operator('min', 'arithmetic', [1, Infinity, ['number']], 'number', ['smallest of', '最小值'],
    ['The smallest of the numbers.', '这些数字中最小的一个。']),

  // string
  operator('cat', 'string', [1, Infinity, ['any']], 'string', ['join text', '拼接文本'],
    ['Joins the values into one text.', '把这些值拼接成一段文本。']),
  operator('substr', 'string', [2, 3, ['any', 'number', 'number']], 'string', ['part of text', '截取文本'],
    ['Part of a text from a start position, optionally of a given length; negative numbers count from the end.', '从起始位置截取文本，可指定长度；负数表示从末尾倒数。']),

  // array
  operator('in', 'array', [2, 2, ['any']], 'boolean', ['is one of', '属于'],
    ['True when the value is in the list, or when the text contains it.', '值在列表中，或文本中包含该值时为真。'], true),
  operator('merge', 'array', [0, Infinity, ['any']], 'array', ['combine lists', '合并列表'],
    ['Combines lists (and single values) into one list.', '把多个列表（及单个值）合并成一个列表。']),
  operator('map', 'array', [2, 2, ['array', 'logic']], 'array', ['transform each item', '逐项转换'],
    ['Applies the second expression to every item of the list.', '对列表中的每一项计算第二个表达式。']),
  operator('filter', 'array', [2, 2, ['array', 'logic']], 'array', ['keep items where', '筛选'],
    ['Keeps the items of the list for which the condition is true.', '保留列表中满足条件的项。']),
  operator('reduce', 'array', [2, 3, ['array', 'logic', 'any']], 'any', ['combine items', '归并'],
    ['Combines the items of the list into one value, starting from the third value.', '从第三个值开始，把列表中的各项归并为一个值。']),
  operator('all', 'array', [2, 2, ['array', 'logic']], 'boolean', ['every item matches', '每一项都满足'],
    ['True when the list is not empty and the condition holds for every item.', '列表不为空且每一项都满足条件时为真。']),
  operator('some', 'array', [2, 2, ['array', 'logic']], 'boolean', ['some item matches', '至少一项满足'],
    ['True when the condition holds for at least one item of the list.', '列表中至少有一项满足条件时为真。']),
  operator('none', 'array', [2, 2, ['array', 'logic']], 'boolean', ['no item matches', '没有一项满足'],
    ['True when the condition holds for no item of the list.', '列表中没有任何一项满足条件时为真。']),

  // data
  operator('var', 'data', [0, 2, ['string', 'any']], 'any', ['field', '字段'],
    ['Reads a field such as customer.metrics.orders; the second value is used when the field is missing.', '读取字段，例如 customer.metrics.orders；字段缺失时使用第二个值。']),
  operator('missing', 'data', [1, Infinity, ['string']], 'array', ['missing fields', '缺失的字段'],
    ['Lists which of the given fields are missing or empty.', '列出给定字段中缺失或为空的字段。']),
  operator('missing_some', 'data', [2, 2, ['number', 'array']], 'array', ['missing some fields', '缺失部分字段'],
    ['Lists the missing fields when fewer than the given number of them are present.', '当存在的字段少于给定数量时，列出缺失的字段。']),

  // date: measured from `now`, which is part of the data
  operator('days_since', 'date', [1, 1, ['date']], 'number', ['days since', '距今天数'],
    ['Days from the date until now, with fractions; nothing when the date is missing or invalid.', '从该日期到现在经过的天数（可带小数）；日期缺失或无效时为空。'], true),
  operator('days_until', 'date', [1, 1, ['date']], 'number', ['days until', '剩余天数'],
    ['Days from now until the date, with fractions and negative once it has passed; nothing when the date is missing or invalid.', '从现在到该日期的天数（可带小数，日期已过则为负数）；日期缺失或无效时为空。'], true),
  operator('days_until_anniversary', 'date', [1, 1, ['date']], 'number', ['days until anniversary', '距周年天数'],
    ['Whole days until the date next comes round in the year, such as a birthday; 0 on the day itself. 29 February comes round on 28 February in other years. Dates are compared in UTC.',
      '距离该日期下一次周年（例如生日）的整天数，当天为 0；2 月 29 日在非闰年按 2 月 28 日计算。按 UTC 日期比较。'], true),

  // customer
  operator('has_tag', 'customer', [1, 1, ['string']], 'boolean', ['has tag', '带有标签'],
    ['True when the customer has this tag (exact spelling).', '客户带有该标签时为真（拼写须完全一致）。'], true),
  operator('in_segment', 'customer', [1, 1, ['string']], 'boolean', ['is in segment', '属于分群'],
    ['True when the customer matches this segment now.', '客户当前属于该分群时为真。'], true),
]);

const byName = new Map(operatorCatalogue.map((info) => [info.name, info]));

/** The catalogue entry for an operator name, looked up without touching prototypes. */
export function findOperator(name: string): OperatorInfo | undefined {
  return byName.get(name);
}
