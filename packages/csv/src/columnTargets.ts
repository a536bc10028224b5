/**
 * Where a CSV column goes: the customer id, one attribute, the tags, a field of the order
 * event the row may carry, or nowhere. A string so a `<select>` and `--map col=attr` can
 * name it directly.
 */
export type ColumnTarget = 'id' | 'tags' | 'ignore' | OrderField | `attribute:${string}`;

export const ORDER_FIELDS = ['order.amount', 'order.currency', 'order.at', 'order.id'] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/** The attributes the product reads by name (display name, contact, birthday messages, currency of amounts). */
export const KNOWN_ATTRIBUTES = ['email', 'name', 'first_name', 'last_name', 'phone', 'birthday', 'created_at', 'city', 'country', 'currency', 'company'] as const;

/** What each target is called on screen (column mapping, errors), in both languages. */
export const TARGET_LABELS: Record<string, { en: string; 'zh-CN': string }> = {
  id: { en: 'Customer id', 'zh-CN': '客户 ID' },
  tags: { en: 'Tags', 'zh-CN': '标签' },
  ignore: { en: 'Ignore', 'zh-CN': '忽略' },
  'order.amount': { en: 'Order amount', 'zh-CN': '订单金额' },
  'order.currency': { en: 'Order currency', 'zh-CN': '订单币种' },
  'order.at': { en: 'Order date', 'zh-CN': '订单日期' },
  'order.id': { en: 'Order number', 'zh-CN': '订单号' },
  'attribute:email': { en: 'Email', 'zh-CN': '邮箱' },
  'attribute:name': { en: 'Name', 'zh-CN': '姓名' },
  'attribute:first_name': { en: 'First name', 'zh-CN': '名' },
  'attribute:last_name': { en: 'Last name', 'zh-CN': '姓' },
  'attribute:phone': { en: 'Phone', 'zh-CN': '手机' },
  'attribute:birthday': { en: 'Birthday', 'zh-CN': '生日' },
  'attribute:created_at': { en: 'Customer since', 'zh-CN': '注册时间' },
  'attribute:city': { en: 'City', 'zh-CN': '城市' },
  'attribute:country': { en: 'Country', 'zh-CN': '国家' },
  'attribute:currency': { en: 'Currency', 'zh-CN': '币种' },
  'attribute:company': { en: 'Company', 'zh-CN': '公司' },
};

/** A target's name on screen: its label, or for another attribute "Attribute vip_level" / "属性 vip_level". */
export function targetLabel(target: ColumnTarget, locale: 'en' | 'zh-CN' = 'en'): string {
  const known = TARGET_LABELS[target];
  if (known) return known[locale];
  const name = target.startsWith('attribute:') ? target.slice('attribute:'.length) : target;
  return locale === 'zh-CN' ? `属性 ${name}` : `Attribute ${name}`;
}

const GUESSES: ReadonlyArray<readonly [ColumnTarget | 'currency', readonly string[]]> = [
  ['id', ['id', 'customer_id', 'customerid', 'customer', 'user_id', 'userid', 'member_id', 'external_id', '客户id', '客户编号', '用户id', '会员id', '会员编号']],
  ['attribute:email', ['email', 'e_mail', 'mail', 'email_address', '邮箱', '电子邮件', '电子邮箱', '邮件']],
  ['attribute:name', ['name', 'full_name', 'fullname', 'customer_name', 'display_name', '姓名', '名字', '客户名称', '客户姓名', '名称']],
  ['attribute:first_name', ['first_name', 'firstname', 'given_name']],
  ['attribute:last_name', ['last_name', 'lastname', 'surname', 'family_name']],
  ['attribute:phone', ['phone', 'mobile', 'phone_number', 'mobile_phone', 'tel', 'telephone', '手机', '手机号', '手机号码', '电话', '联系电话']],
  ['attribute:birthday', ['birthday', 'birth_date', 'birthdate', 'date_of_birth', 'dob', '生日', '出生日期']],
  ['attribute:created_at', ['created_at', 'created', 'signup_date', 'signed_up_at', 'joined_at', 'registered_at', 'customer_since', '注册时间', '注册日期', '创建时间']],
  ['attribute:city', ['city', '城市']],
  ['attribute:country', ['country', '国家']],
  ['attribute:company', ['company', 'company_name', '公司']],
  ['tags', ['tags', 'tag', 'labels', '标签']],
  ['order.amount', ['amount', 'order_amount', 'order_total', 'total', 'revenue', 'order_value', '金额', '订单金额', '消费金额']],
  ['currency', ['currency', 'currency_code', '币种', '货币']],
  ['order.at', ['ordered_at', 'order_date', 'order_at', 'order_time', 'purchased_at', 'purchase_date', '下单时间', '下单日期', '订单日期', '订单时间']],
  ['order.id', ['order_id', 'order_number', 'order_no', '订单号', '订单编号']],
];

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');

/** An attribute name for a column nobody recognised: `VIP Level` → `vip_level`; other scripts are kept as written. */
export function attributeNameFor(header: string): string {
  const trimmed = header.trim();
  return /^[A-Za-z][A-Za-z0-9 _\-.]*$/.test(trimmed) ? normalise(trimmed) : trimmed;
}

/**
 * The guessed target of every column, by header. A currency column goes to the order when
 * the file has an order amount column, else to the customer's `currency` attribute. A
 * header guessed twice keeps the first column; later ones become attributes of their own.
 */
export function guessMapping(headers: readonly string[]): ColumnTarget[] {
  const found = headers.map((header) => GUESSES.find(([, names]) => names.includes(normalise(header)))?.[0]);
  const hasAmount = found.includes('order.amount');
  const taken = new Set<ColumnTarget>();
  return headers.map((header, index) => {
    const guess = found[index];
    let target: ColumnTarget = guess === 'currency' ? (hasAmount ? 'order.currency' : 'attribute:currency') : (guess ?? `attribute:${attributeNameFor(header)}`);
    if (taken.has(target)) target = `attribute:${attributeNameFor(header)}`;
    if (taken.has(target) || header.trim() === '') target = 'ignore';
    if (target !== 'ignore') taken.add(target);
    return target;
  });
}

/** Reads a target as typed by an operator (`--map 邮箱=email`): id, tags, ignore, order.amount…, attribute:x or a bare attribute name. */
export function parseTarget(text: string): ColumnTarget | null {
  const value = text.trim();
  if (value === '') return null;
  if (value === 'id' || value === 'tags' || value === 'ignore') return value;
  if ((ORDER_FIELDS as readonly string[]).includes(value)) return value as OrderField;
  const name = value.startsWith('attribute:') ? value.slice('attribute:'.length).trim() : value;
  return name === '' || name.length > 100 ? null : `attribute:${name}`;
}
