import type { Locale } from '../api/types.ts';

/**
 * The words operators know for the things conditions and playbooks read: customer
 * metrics, common attributes, the default segments and the standard events.
 * Unknown names are shown as they are spelled in the data.
 */

type Words = Record<string, { en: string; 'zh-CN': string }>;

export const METRIC_WORDS: Words = {
  orders: { en: 'orders', 'zh-CN': '订单数' },
  total_spent: { en: 'total spent', 'zh-CN': '累计消费' },
  avg_order_value: { en: 'average order value', 'zh-CN': '平均客单价' },
  first_order_at: { en: 'first order date', 'zh-CN': '首次下单时间' },
  last_order_at: { en: 'last order date', 'zh-CN': '最近下单时间' },
  days_since_last_order: { en: 'days since last order', 'zh-CN': '距上次下单天数' },
  last_nps: { en: 'last NPS score', 'zh-CN': '最近 NPS 评分' },
  negative_feedback_90d: { en: 'negative feedback (90 days)', 'zh-CN': '90 天内差评数' },
  days_since_last_seen: { en: 'days since last seen', 'zh-CN': '距上次活跃天数' },
};

export const ATTRIBUTE_WORDS: Words = {
  id: { en: 'customer id', 'zh-CN': '客户 ID' },
  name: { en: 'name', 'zh-CN': '姓名' },
  email: { en: 'email', 'zh-CN': '邮箱' },
  phone: { en: 'phone', 'zh-CN': '手机号' },
  city: { en: 'city', 'zh-CN': '城市' },
  timezone: { en: 'time zone', 'zh-CN': '时区' },
  locale: { en: 'language', 'zh-CN': '语言' },
  industry: { en: 'industry', 'zh-CN': '行业' },
  plan: { en: 'plan', 'zh-CN': '套餐' },
  birthday: { en: 'birthday', 'zh-CN': '生日' },
  signup_date: { en: 'sign-up date', 'zh-CN': '注册日期' },
  renewal_date: { en: 'renewal date', 'zh-CN': '续费日期' },
  tags: { en: 'tags', 'zh-CN': '标签' },
  segments: { en: 'segments', 'zh-CN': '分群' },
};

export const SEGMENT_WORDS: Words = {
  loyal: { en: 'Loyal', 'zh-CN': '忠诚客户' },
  potential: { en: 'Potential', 'zh-CN': '潜力客户' },
  at_risk: { en: 'At risk', 'zh-CN': '流失风险客户' },
  churned: { en: 'Churned', 'zh-CN': '已流失客户' },
};

/** Standard events (spec "Standard events") and the ones the templates use. */
export const EVENT_WORDS: Words = {
  order_placed: { en: 'places an order', 'zh-CN': '下单' },
  nps_submitted: { en: 'answers the NPS survey', 'zh-CN': '提交 NPS 评分' },
  feedback_submitted: { en: 'leaves feedback', 'zh-CN': '提交反馈' },
  signed_up: { en: 'signs up', 'zh-CN': '注册' },
  activated: { en: 'activates', 'zh-CN': '完成激活' },
  subscription_renewed: { en: 'renews the subscription', 'zh-CN': '续订' },
  coupon_redeemed: { en: 'redeems a coupon', 'zh-CN': '使用优惠券' },
  feedback_resolved: { en: 'has the feedback resolved', 'zh-CN': '反馈已解决' },
};

export const STANDARD_EVENT_TYPES = ['order_placed', 'nps_submitted', 'feedback_submitted', 'signed_up', 'activated', 'subscription_renewed', 'coupon_redeemed'];
export const STANDARD_EVENT_PROPERTIES = ['amount', 'currency', 'score', 'sentiment', 'text'];

export const EVENT_PROPERTY_WORDS: Words = {
  amount: { en: 'amount', 'zh-CN': '金额' },
  currency: { en: 'currency', 'zh-CN': '币种' },
  score: { en: 'score', 'zh-CN': '评分' },
  sentiment: { en: 'sentiment', 'zh-CN': '情绪' },
  text: { en: 'text', 'zh-CN': '内容' },
};

export const CHANNEL_WORDS: Words = {
  email: { en: 'Email', 'zh-CN': '邮件' },
  sms: { en: 'SMS', 'zh-CN': '短信' },
  push: { en: 'Push', 'zh-CN': '推送' },
  inbox: { en: 'Inbox', 'zh-CN': '站内信' },
};

export const word = (words: Words, key: string, locale: Locale): string | undefined => (Object.hasOwn(words, key) ? words[key]![locale] : undefined);

/** A segment's display name: the defaults have names in both languages, others are shown as named. */
export const segmentName = (name: string, locale: Locale): string => word(SEGMENT_WORDS, name, locale) ?? name;

export const channelName = (channel: string, locale: Locale): string => word(CHANNEL_WORDS, channel, locale) ?? channel;

export const metricName = (metric: string, locale: Locale): string => word(METRIC_WORDS, metric, locale) ?? metric.replace(/_/g, ' ');

export const attributeName = (attribute: string, locale: Locale): string => word(ATTRIBUTE_WORDS, attribute, locale) ?? attribute;
