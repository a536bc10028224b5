import { describe, expect, it } from 'vitest';
import { enSteps } from './i18n/enSteps.ts';
import { zhCNSteps } from './i18n/zhCNSteps.ts';
import { inSentence, metricName, segmentDescription, valueName, wordsIn, METRIC_WORDS } from './vocabulary.ts';

describe('the one vocabulary', () => {
  it('is where the editor’s metric, segment, event and channel words come from', () => {
    expect(enSteps.metric).toEqual(wordsIn(METRIC_WORDS, 'en'));
    expect(zhCNSteps.metric.days_since_last_order).toBe(metricName('days_since_last_order', 'zh-CN'));
    expect((zhCNSteps.duration as Record<string, string>).days_other).toBe('{{count}} 天');
    expect(enSteps.channelLower.sms).toBe('SMS');
  });

  it('names the values of known fields and leaves data as written', () => {
    expect(valueName('sentiment', 'negative', 'zh-CN')).toBe('负面');
    expect(valueName('city', 'Hangzhou', 'zh-CN')).toBe('Hangzhou');
    expect(valueName('sentiment', 'furious', 'zh-CN')).toBe('furious');
  });

  it('lowers a label inside an English sentence but keeps acronyms', () => {
    expect(inSentence('Number of orders', 'en')).toBe('number of orders');
    expect(inSentence('NPS survey answered', 'en')).toBe('NPS survey answered');
    expect(inSentence('订单数', 'zh-CN')).toBe('订单数');
  });

  it('shows a default segment’s description in the UI language, including the old bilingual text, and an edited one as written', () => {
    expect(segmentDescription('loyal', '4 or more orders, the last within 60 days.', 'zh-CN')).toBe('下单 4 次及以上，最近一次在 60 天内。');
    expect(segmentDescription('loyal', 'Loyal — 忠诚客户: 4 or more orders, the last within 60 days.', 'en')).toBe('4 or more orders, the last within 60 days.');
    expect(segmentDescription('churned', 'Churned — 已流失客户: ordered before, but not for more than 180 days.', 'zh-CN')).toBe('曾经下单，但已超过 180 天没有下单。');
    expect(segmentDescription('loyal', 'Our best people', 'zh-CN')).toBe('Our best people');
  });
});
