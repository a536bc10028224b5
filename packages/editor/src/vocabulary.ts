/**
 * The one bilingual vocabulary of Stayflow's UI: the words operators know for what
 * conditions, playbooks and pages read — customer metrics and attributes, the default
 * segments, the standard events and their properties (with the values they take),
 * channels and units of time. The editor's translations (`metric.*`, `segment.*`,
 * `event.*`, `channel.*`, `duration.*`) are built from these tables, and the web app
 * imports them through `@stayflow/editor/vocabulary` (this file pulls in no editor code).
 * A name missing here is data, shown as it is spelled.
 */

export type VocabularyLocale = 'en' | 'zh-CN';
export type Word = Readonly<Record<VocabularyLocale, string>>;
export type Words = Readonly<Record<string, Word>>;

/** Customer metrics (`customer.metrics.*`), as labels: "Days since last order". */
export const METRIC_WORDS: Words = {
  orders: { en: 'Number of orders', 'zh-CN': '订单数' },
  total_spent: { en: 'Total spent', 'zh-CN': '累计消费' },
  avg_order_value: { en: 'Average order value', 'zh-CN': '平均客单价' },
  first_order_at: { en: 'First order date', 'zh-CN': '首次下单时间' },
  last_order_at: { en: 'Last order date', 'zh-CN': '最近下单时间' },
  days_since_last_order: { en: 'Days since last order', 'zh-CN': '距上次下单天数' },
  last_nps: { en: 'Latest NPS score', 'zh-CN': '最近 NPS 评分' },
  negative_feedback_90d: { en: 'Negative feedback (last 90 days)', 'zh-CN': '90 天内差评数' },
  days_since_last_seen: { en: 'Days since last seen', 'zh-CN': '距上次活跃天数' },
  p_alive: { en: 'Probability still active', 'zh-CN': '仍活跃概率' },
  expected_orders_30d: { en: 'Expected orders (next 30 days)', 'zh-CN': '预计订单数（未来 30 天）' },
  expected_orders_90d: { en: 'Expected orders (next 90 days)', 'zh-CN': '预计订单数（未来 90 天）' },
  expected_orders_365d: { en: 'Expected orders (next 365 days)', 'zh-CN': '预计订单数（未来 365 天）' },
  expected_order_value: { en: 'Expected order value', 'zh-CN': '预计客单价' },
  predicted_clv: { en: 'Predicted customer value (next year)', 'zh-CN': '预测客户价值（未来一年）' },
};

/** One line on what a predicted metric means, for pickers and the customer page (apps/server README, "Predictions"). */
export const METRIC_HINTS: Words = {
  p_alive: {
    en: 'From the churn model: the chance, 0 to 1, that the customer still buys, given their usual gap between orders and how long they have been quiet.',
    'zh-CN': '来自流失模型：根据客户平时的下单间隔和已沉默的时长，估计其仍会购买的概率（0 到 1）。',
  },
  expected_orders_30d: { en: 'Orders the churn model expects from the customer in the next 30 days.', 'zh-CN': '流失模型预计该客户未来 30 天的下单数。' },
  expected_orders_90d: { en: 'Orders the churn model expects from the customer in the next 90 days.', 'zh-CN': '流失模型预计该客户未来 90 天的下单数。' },
  expected_orders_365d: { en: 'Orders the churn model expects from the customer in the next 365 days.', 'zh-CN': '流失模型预计该客户未来 365 天的下单数。' },
  expected_order_value: {
    en: 'From the value model: what one order of this customer is expected to be worth, in their currency.',
    'zh-CN': '来自价值模型：该客户一笔订单的预计金额（按客户的币种）。',
  },
  predicted_clv: {
    en: 'Expected orders over the next year times the expected order value, discounted 1% a month, in the customer’s currency.',
    'zh-CN': '未来一年的预计订单数乘以预计客单价，按每月 1% 折现，按客户的币种。',
  },
};

/** Customer attributes the product and the demo data use. */
export const ATTRIBUTE_WORDS: Words = {
  id: { en: 'Customer id', 'zh-CN': '客户 ID' },
  name: { en: 'Name', 'zh-CN': '姓名' },
  email: { en: 'Email', 'zh-CN': '邮箱' },
  phone: { en: 'Phone', 'zh-CN': '手机号' },
  city: { en: 'City', 'zh-CN': '城市' },
  timezone: { en: 'Time zone', 'zh-CN': '时区' },
  locale: { en: 'Language', 'zh-CN': '语言' },
  currency: { en: 'Currency', 'zh-CN': '币种' },
  industry: { en: 'Industry', 'zh-CN': '行业' },
  plan: { en: 'Plan', 'zh-CN': '套餐' },
  billing: { en: 'Billing', 'zh-CN': '计费周期' },
  subscription_status: { en: 'Subscription status', 'zh-CN': '订阅状态' },
  birthday: { en: 'Birthday', 'zh-CN': '生日' },
  signup_date: { en: 'Sign-up date', 'zh-CN': '注册日期' },
  renewal_date: { en: 'Renewal date', 'zh-CN': '续费日期' },
  activated_at: { en: 'Activation time', 'zh-CN': '激活时间' },
  renewed_at: { en: 'Last renewal time', 'zh-CN': '最近续费时间' },
  vip_since: { en: 'VIP since', 'zh-CN': '成为 VIP 的时间' },
  demo_behaviour: { en: 'Demo behaviour', 'zh-CN': '演示行为' },
  tags: { en: 'Tags', 'zh-CN': '标签' },
  segments: { en: 'Segments', 'zh-CN': '分群' },
};

/** The segments the server creates on first start; others are shown as named. */
export const SEGMENT_WORDS: Words = {
  loyal: { en: 'Loyal', 'zh-CN': '忠诚客户' },
  potential: { en: 'Potential', 'zh-CN': '潜力客户' },
  at_risk: { en: 'At risk', 'zh-CN': '流失风险客户' },
  churned: { en: 'Churned', 'zh-CN': '已流失客户' },
};

/** The default segments' descriptions as the server creates them (apps/server/src/runtime/bootstrap.ts), in both languages. */
export const SEGMENT_DESCRIPTION_WORDS: Words = {
  loyal: { en: '4 or more orders, the last within 60 days.', 'zh-CN': '下单 4 次及以上，最近一次在 60 天内。' },
  potential: { en: '1 to 3 orders, the last within 45 days.', 'zh-CN': '下单 1 到 3 次，最近一次在 45 天内。' },
  at_risk: { en: '2 or more orders, but none for 60 to 180 days.', 'zh-CN': '下单 2 次及以上，但已有 60 到 180 天没有下单。' },
  churned: { en: 'Ordered before, but not for more than 180 days.', 'zh-CN': '曾经下单，但已超过 180 天没有下单。' },
};

/** Standard events (spec "Standard events") and the ones the templates use, as names: "Order placed". */
export const EVENT_WORDS: Words = {
  order_placed: { en: 'Order placed', 'zh-CN': '下单' },
  nps_submitted: { en: 'NPS survey answered', 'zh-CN': '提交 NPS 评分' },
  feedback_submitted: { en: 'Feedback submitted', 'zh-CN': '提交反馈' },
  signed_up: { en: 'Signed up', 'zh-CN': '注册' },
  activated: { en: 'Activated', 'zh-CN': '完成激活' },
  subscription_renewed: { en: 'Subscription renewed', 'zh-CN': '续订' },
  subscription_cancelled: { en: 'Subscription cancelled', 'zh-CN': '取消订阅' },
  coupon_redeemed: { en: 'Coupon redeemed', 'zh-CN': '使用优惠券' },
  feedback_resolved: { en: 'Feedback resolved', 'zh-CN': '反馈已解决' },
};

/** The same events as what the customer does, for sentences: "when the customer places an order". */
export const EVENT_ACTION_WORDS: Words = {
  order_placed: { en: 'places an order', 'zh-CN': '下单' },
  nps_submitted: { en: 'answers the NPS survey', 'zh-CN': '提交 NPS 评分' },
  feedback_submitted: { en: 'leaves feedback', 'zh-CN': '提交反馈' },
  signed_up: { en: 'signs up', 'zh-CN': '注册' },
  activated: { en: 'activates', 'zh-CN': '完成激活' },
  subscription_renewed: { en: 'renews the subscription', 'zh-CN': '续订' },
  subscription_cancelled: { en: 'cancels the subscription', 'zh-CN': '取消订阅' },
  coupon_redeemed: { en: 'redeems a coupon', 'zh-CN': '使用优惠券' },
  feedback_resolved: { en: 'has the feedback resolved', 'zh-CN': '反馈已解决' },
};

export const STANDARD_EVENT_TYPES = ['order_placed', 'nps_submitted', 'feedback_submitted', 'signed_up', 'activated', 'subscription_renewed', 'coupon_redeemed'];
export const STANDARD_EVENT_PROPERTIES = ['amount', 'currency', 'score', 'sentiment', 'text'];

export const EVENT_PROPERTY_WORDS: Words = {
  amount: { en: 'Amount', 'zh-CN': '金额' },
  currency: { en: 'Currency', 'zh-CN': '币种' },
  score: { en: 'Score', 'zh-CN': '评分' },
  sentiment: { en: 'Sentiment', 'zh-CN': '情绪' },
  text: { en: 'Text', 'zh-CN': '内容' },
  plan: { en: 'Plan', 'zh-CN': '套餐' },
  billing: { en: 'Billing', 'zh-CN': '计费周期' },
  source: { en: 'Source', 'zh-CN': '来源' },
  reason: { en: 'Reason', 'zh-CN': '原因' },
};

/**
 * The values some fields take, by field name (an attribute or an event property):
 * `sentiment = "negative"` reads 情绪等于“负面”. Values not listed are data.
 */
export const VALUE_WORDS: Readonly<Record<string, Words>> = {
  sentiment: {
    negative: { en: 'negative', 'zh-CN': '负面' },
    neutral: { en: 'neutral', 'zh-CN': '中性' },
    positive: { en: 'positive', 'zh-CN': '正面' },
  },
  industry: {
    ecommerce: { en: 'e-commerce', 'zh-CN': '电商' },
    saas: { en: 'SaaS', 'zh-CN': 'SaaS 软件' },
    education: { en: 'education', 'zh-CN': '教育' },
  },
  billing: {
    monthly: { en: 'monthly', 'zh-CN': '按月' },
    annual: { en: 'annual', 'zh-CN': '按年' },
  },
  subscription_status: {
    trial: { en: 'trial', 'zh-CN': '试用中' },
    active: { en: 'active', 'zh-CN': '订阅中' },
    paused: { en: 'paused', 'zh-CN': '已暂停' },
    cancelled: { en: 'cancelled', 'zh-CN': '已取消' },
  },
  locale: {
    en: { en: 'English', 'zh-CN': '英文' },
    'zh-CN': { en: 'Chinese', 'zh-CN': '中文' },
  },
  demo_behaviour: {
    loyal: { en: 'loyal', 'zh-CN': '忠诚' },
    regular: { en: 'regular', 'zh-CN': '常规' },
    fading: { en: 'fading', 'zh-CN': '渐少' },
    churned: { en: 'churned', 'zh-CN': '已流失' },
    one_time: { en: 'one-time', 'zh-CN': '仅购一次' },
    new: { en: 'new', 'zh-CN': '新客户' },
  },
};

export const CHANNEL_WORDS: Words = {
  email: { en: 'Email', 'zh-CN': '邮件' },
  sms: { en: 'SMS', 'zh-CN': '短信' },
  push: { en: 'Push notification', 'zh-CN': '推送通知' },
  inbox: { en: 'Inbox message', 'zh-CN': '站内信' },
};

export type DurationUnitName = 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds';

/** Units of time, singular and plural (Chinese has one form). */
export const DURATION_UNIT_WORDS: Readonly<Record<DurationUnitName, Readonly<Record<VocabularyLocale, { one: string; other: string }>>>> = {
  years: { en: { one: 'year', other: 'years' }, 'zh-CN': { one: '年', other: '年' } },
  months: { en: { one: 'month', other: 'months' }, 'zh-CN': { one: '个月', other: '个月' } },
  weeks: { en: { one: 'week', other: 'weeks' }, 'zh-CN': { one: '周', other: '周' } },
  days: { en: { one: 'day', other: 'days' }, 'zh-CN': { one: '天', other: '天' } },
  hours: { en: { one: 'hour', other: 'hours' }, 'zh-CN': { one: '小时', other: '小时' } },
  minutes: { en: { one: 'minute', other: 'minutes' }, 'zh-CN': { one: '分钟', other: '分钟' } },
  seconds: { en: { one: 'second', other: 'seconds' }, 'zh-CN': { one: '秒', other: '秒' } },
};

/** The word for `key` in a table, or undefined when the table does not know it. */
export const word = (words: Words, key: string, locale: VocabularyLocale): string | undefined => (Object.hasOwn(words, key) ? words[key]![locale] : undefined);

/** One language of a table: `{ orders: 'Number of orders', … }` (the editor's translations are built with it). */
export function wordsIn(words: Words, locale: VocabularyLocale): Record<string, string> {
  return Object.fromEntries(Object.entries(words).map(([key, entry]) => [key, entry[locale]]));
}

/** "snake_case_name" → "snake case name": how a name the vocabulary does not know is shown. */
const spaced = (name: string) => name.replace(/_/g, ' ');

/** A segment's display name: the defaults have names in both languages, others are shown as named. */
export const segmentName = (name: string, locale: VocabularyLocale): string => word(SEGMENT_WORDS, name, locale) ?? name;

export const channelName = (channel: string, locale: VocabularyLocale): string => word(CHANNEL_WORDS, channel, locale) ?? channel;

export const metricName = (metric: string, locale: VocabularyLocale): string => word(METRIC_WORDS, metric, locale) ?? spaced(metric);

/** What a metric means, in one line, when it needs saying (the predicted ones); else undefined. */
export const metricHint = (metric: string, locale: VocabularyLocale): string | undefined => word(METRIC_HINTS, metric, locale);

export const attributeName = (attribute: string, locale: VocabularyLocale): string => word(ATTRIBUTE_WORDS, attribute, locale) ?? attribute;

export const eventName = (event: string, locale: VocabularyLocale): string => word(EVENT_WORDS, event, locale) ?? event;

export const eventPropertyName = (property: string, locale: VocabularyLocale): string => word(EVENT_PROPERTY_WORDS, property, locale) ?? property;

/** A field's value in words when the vocabulary knows it (`sentiment`, "negative" → 负面), else the value itself. */
export function valueName(field: string, value: string, locale: VocabularyLocale): string {
  const values = Object.hasOwn(VALUE_WORDS, field) ? VALUE_WORDS[field] : undefined;
  return (values && word(values, value, locale)) ?? value;
}

/** A label used inside an English sentence: "Number of orders" → "number of orders" (acronyms such as "NPS" kept). */
export function inSentence(label: string, locale: VocabularyLocale): string {
  if (locale !== 'en' || label.length < 2 || label[1] !== label[1]!.toLowerCase()) return label;
  return label[0]!.toLowerCase() + label.slice(1);
}

/**
 * A segment's description in the UI's language while it is a default one the operator has
 * not edited (including the bilingual text of installs before 0.2: "Loyal — 忠诚客户: …"); an
 * operator's own description is shown as written.
 */
export function segmentDescription(name: string, description: string, locale: VocabularyLocale): string {
  const words = Object.hasOwn(SEGMENT_DESCRIPTION_WORDS, name) ? SEGMENT_DESCRIPTION_WORDS[name]! : undefined;
  if (!words) return description;
  const segment = SEGMENT_WORDS[name];
  const defaults = [words.en, words['zh-CN'], segment ? `${segment.en} — ${segment['zh-CN']}: ${words.en.charAt(0).toLowerCase()}${words.en.slice(1)}` : ''];
  return defaults.includes(description.trim()) ? words[locale] : description;
}
