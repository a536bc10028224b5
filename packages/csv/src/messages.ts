/**
 * Every CSV import message, keyed by a stable code, in each UI language (the same shape as the
 * playbook format's `MESSAGES`): the code is what programs match on, the sentence is for the
 * operator. `{name}` placeholders are filled from the error's params.
 */
export const CSV_LOCALES = ['en', 'zh-CN'] as const;
export type CsvLocale = (typeof CSV_LOCALES)[number];

export const CSV_MESSAGES = {
  'csv.no_id_column': {
    en: 'No column holds the customer id: map one column to "Customer id" (a header such as id, customer_id or 客户ID is recognised).',
    'zh-CN': '没有列对应客户 ID：请把一列映射为"客户 ID"（可识别 id、customer_id、客户ID 等表头）。',
  },
  'csv.duplicate_target': {
    en: 'The columns "{columns}" are all mapped to "{target}": keep one and ignore the others.',
    'zh-CN': '"{columns}" 这几列都映射到了"{target}"：请保留一列，其余设为忽略。',
  },
  'csv.order_without_amount': {
    en: 'The column "{column}" describes an order, but no column holds the order amount: map one to "Order amount" or ignore this column.',
    'zh-CN': '"{column}" 列描述的是订单，但没有列对应订单金额：请把一列映射为"订单金额"，或忽略此列。',
  },
  'csv.order_without_date': {
    en: 'An order amount column needs a column with the order date: map one to "Order date".',
    'zh-CN': '有订单金额列时还需要订单日期列：请把一列映射为"订单日期"。',
  },
  'csv.empty_file': {
    en: 'The file is empty: the first row must name the columns.',
    'zh-CN': '文件是空的：第一行必须是列名。',
  },
  'csv.no_rows': {
    en: 'The file has column names but no customer rows below them.',
    'zh-CN': '文件只有列名，下面没有客户数据行。',
  },
  'csv.empty_header': {
    en: 'Column {index} has no name in the first row: name it, or remove the column.',
    'zh-CN': '第 {index} 列在第一行没有列名：请填写列名，或删除此列。',
  },
  'csv.fields': {
    en: 'This row has {found} cells where the first row names {expected} columns: check for a missing or extra comma, or an unclosed quote.',
    'zh-CN': '这一行有 {found} 个单元格，而第一行有 {expected} 列：请检查是否多了或少了逗号，或引号没有闭合。',
  },
  'csv.quotes': {
    en: 'A quoted cell is not closed or is followed by other text: check the quotes in this row.',
    'zh-CN': '有带引号的单元格没有闭合，或引号后面还有其他文字：请检查这一行的引号。',
  },
  'csv.id_missing': {
    en: 'The customer id is empty: every row needs one.',
    'zh-CN': '客户 ID 为空：每一行都必须有客户 ID。',
  },
  'csv.id_too_long': {
    en: 'The customer id is {length} characters long; at most 200 are allowed.',
    'zh-CN': '客户 ID 有 {length} 个字符，最多允许 200 个。',
  },
  'csv.email': {
    en: '"{value}" is not an email address (expected something like name@example.com).',
    'zh-CN': '"{value}" 不是邮箱地址（应类似 name@example.com）。',
  },
  'csv.date': {
    en: '"{value}" is not a date: write it as 2025-03-01 or 2025-03-01T09:30:00Z.',
    'zh-CN': '"{value}" 不是日期：请写成 2025-03-01 或 2025-03-01T09:30:00Z。',
  },
  'csv.future_date': {
    en: 'The order date {value} is in the future: orders are imported once they have happened.',
    'zh-CN': '订单日期 {value} 在未来：订单发生后才能导入。',
  },
  'csv.number': {
    en: '"{value}" is not an amount: write a number of 0 or more such as 129.90, without a currency sign.',
    'zh-CN': '"{value}" 不是金额：请写 0 或以上的数字，例如 129.90，不要带货币符号。',
  },
  'csv.currency': {
    en: '"{value}" is not a currency code: use three letters such as USD, EUR or CNY.',
    'zh-CN': '"{value}" 不是货币代码：请使用三个字母，例如 USD、EUR 或 CNY。',
  },
  'csv.order_date_missing': {
    en: 'This row has an order amount but no order date.',
    'zh-CN': '这一行有订单金额，但没有订单日期。',
  },
  'csv.order_amount_missing': {
    en: 'This row describes an order but has no order amount.',
    'zh-CN': '这一行描述了订单，但没有订单金额。',
  },
  'csv.too_long': {
    en: 'This cell is {length} characters long; at most {limit} are allowed.',
    'zh-CN': '这个单元格有 {length} 个字符，最多允许 {limit} 个。',
  },
} as const satisfies Record<string, Record<CsvLocale, string>>;

export type CsvMessageCode = keyof typeof CSV_MESSAGES;

export function formatCsvMessage(code: CsvMessageCode, params: Record<string, string | number>, locale: CsvLocale = 'en'): string {
  return CSV_MESSAGES[code][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
