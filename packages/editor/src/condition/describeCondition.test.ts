import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate.ts';
import { describeCondition } from './describeCondition.ts';

const negative = { '==': [{ var: 'event.properties.sentiment' }, 'negative'] };

describe('describeCondition', () => {
  it('names fields and the values the vocabulary knows in Chinese, leaving data as written', () => {
    expect(describeCondition(negative, 'zh-CN', translatorFor('zh-CN'))).toBe('情绪 = “负面”');
    expect(describeCondition({ '==': [{ var: 'customer.city' }, 'Hangzhou'] }, 'zh-CN', translatorFor('zh-CN'))).toBe('城市 = “Hangzhou”');
  });

  it('reads the same rule in English', () => {
    expect(describeCondition(negative, 'en', translatorFor('en'))).toBe('Sentiment = “negative”');
    expect(describeCondition({ '>=': [{ var: 'customer.metrics.orders' }, 2] }, 'en', translatorFor('en'))).toBe('Number of orders ≥ 2');
  });
});
