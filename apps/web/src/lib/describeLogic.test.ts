import { describe, expect, it } from 'vitest';
import { describeLogic, joinZh } from './describeLogic.ts';

const orders = { var: 'customer.metrics.orders' };
const recency = { var: 'customer.metrics.days_since_last_order' };

describe('describeLogic', () => {
  it('describes the default segments in plain words', () => {
    const atRisk = { and: [{ '>=': [orders, 2] }, { '>': [recency, 60] }, { '<=': [recency, 180] }] };
    expect(describeLogic(atRisk, 'en')).toBe('number of orders is at least 2 and days since last order is more than 60 and days since last order is at most 180');
    expect(describeLogic(atRisk, 'zh-CN')).toBe('订单数大于或等于 2，且距上次下单天数大于 60，且距上次下单天数小于或等于 180');
  });

  it('names the values the vocabulary knows, in each language', () => {
    const negative = { '==': [{ var: 'event.properties.sentiment' }, 'negative'] };
    expect(describeLogic(negative, 'zh-CN')).toBe('事件的情绪等于“负面”');
    expect(describeLogic(negative, 'en')).toBe('the event’s sentiment is “negative”');
    expect(describeLogic({ in: [{ var: 'customer.industry' }, ['saas', 'retail']] }, 'zh-CN')).toBe('行业属于“SaaS 软件”、“retail”');
  });

  it('puts the field first when the rule compares the other way round', () => {
    expect(describeLogic({ '<': [90, recency] }, 'en')).toBe('days since last order is more than 90');
  });

  it('describes between, segments, tags and lists', () => {
    expect(describeLogic({ '<=': [0, { var: 'event.properties.score' }, 6] }, 'en')).toBe('the event’s score is between 0 and 6');
    expect(describeLogic({ in_segment: 'at_risk' }, 'en')).toBe('is in the “At risk” segment');
    expect(describeLogic({ in_segment: 'at_risk' }, 'zh-CN')).toBe('属于“流失风险客户”分群');
    expect(describeLogic({ has_tag: 'vip' }, 'zh-CN')).toBe('带有标签“vip”');
    expect(describeLogic({ in: [{ var: 'customer.plan' }, ['Plus', 'Pro']] }, 'en')).toBe('plan is one of “Plus” or “Pro”');
  });

  it('groups nested and/or and negations', () => {
    const rule = { or: [{ in_segment: 'churned' }, { and: [{ '>': [recency, 180] }, { '!': { has_tag: 'unsubscribed' } }] }] };
    expect(describeLogic(rule, 'en')).toBe('is in the “Churned” segment or (days since last order is more than 180 and not (has the tag “unsubscribed”))');
  });

  it('names date operators', () => {
    expect(describeLogic({ '<=': [{ days_until_anniversary: { var: 'customer.birthday' } }, 7] }, 'en')).toBe('days until the next birthday is at most 7');
    expect(describeLogic({ '>': [{ days_since: { var: 'customer.signup_date' } }, 30] }, 'zh-CN')).toBe('距注册日期的天数大于 30');
  });

  it('still says something for unusual rules', () => {
    expect(describeLogic(true, 'en')).toBe('always');
    expect(describeLogic({ var: 'customer.vip' }, 'en')).toBe('vip is set');
    expect(describeLogic({ merge: [1, 2] }, 'en')).toBe('merge(1, 2)');
  });
});

describe('joinZh', () => {
  it('spaces Chinese from Latin letters and digits only', () => {
    expect(joinZh(['订单数', '大于', '3'])).toBe('订单数大于 3');
    expect(joinZh(['plan', '等于', '“Plus”'])).toBe('plan 等于“Plus”');
    expect(joinZh(['属于', '“忠诚客户”', '分群'])).toBe('属于“忠诚客户”分群');
  });
});
