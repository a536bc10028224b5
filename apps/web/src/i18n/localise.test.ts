import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatPercent, formatPoints, formatRelative, localisedDescription, localisedLabel, localisedName, toLocale } from './localise.ts';

const template = {
  id: 'churn-early-warning',
  name: 'Churn early warning',
  description: 'Customers silent for 90 days get a coupon.',
  meta: { i18n: { 'zh-CN': { name: '流失预警', description: '90 天未下单的客户获得优惠券。' } }, category: 'churn' },
};

describe('localised texts', () => {
  it('shows the Chinese name and description from meta.i18n in zh-CN', () => {
    expect(localisedName(template, 'zh-CN')).toBe('流失预警');
    expect(localisedDescription(template, 'zh-CN')).toBe('90 天未下单的客户获得优惠券。');
  });

  it('shows the document’s own texts in English, and when there is no translation', () => {
    expect(localisedName(template, 'en')).toBe('Churn early warning');
    expect(localisedName({ id: 'x', name: 'Only English' }, 'zh-CN')).toBe('Only English');
    expect(localisedName({ id: 'x', name: 'N', meta: { i18n: { 'zh-CN': { name: '  ' } } } }, 'zh-CN')).toBe('N');
    expect(localisedName({ id: 'just-an-id' }, 'en')).toBe('just-an-id');
  });

  it('localises node labels', () => {
    expect(localisedLabel({ label: 'Wait 3 days', meta: { i18n: { 'zh-CN': { label: '等待 3 天' } } } }, 'zh-CN')).toBe('等待 3 天');
    expect(localisedLabel({ label: 'Wait 3 days' }, 'zh-CN')).toBe('Wait 3 days');
    expect(localisedLabel({}, 'en')).toBeUndefined();
  });

  it('maps browser languages to the app’s two locales', () => {
    expect(toLocale('zh')).toBe('zh-CN');
    expect(toLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale('fr')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
  });
});

describe('numbers, rates and durations', () => {
  it('formats numbers and percentages per locale', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(null, 'en')).toBe('—');
    expect(formatPercent(0.4249, 'en')).toBe('42.5%');
    expect(formatPercent(0.4249, 'zh-CN')).toBe('42.5%');
    expect(formatPercent(null, 'zh-CN')).toBe('—');
  });

  it('writes rate differences as signed percentage points', () => {
    expect(formatPoints(0.031, 'en')).toBe('+3.1 pts');
    expect(formatPoints(-0.02, 'zh-CN')).toBe('−2 个百分点');
    expect(formatPoints(0, 'en')).toBe('±0 pts');
  });

  it('writes ISO durations in words', () => {
    expect(formatDuration('P3D', 'en')).toBe('3 days');
    expect(formatDuration('P1D', 'en')).toBe('1 day');
    expect(formatDuration('PT1H30M', 'en')).toBe('1 hour 30 minutes');
    expect(formatDuration('-P7D', 'en')).toBe('7 days');
    expect(formatDuration('P1M', 'zh-CN')).toBe('1 个月');
    expect(formatDuration('P2W', 'zh-CN')).toBe('2 周');
    expect(formatDuration('soon', 'en')).toBe('soon');
  });

  it('says how long ago something happened', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(formatRelative('2026-03-10T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatRelative('2026-03-07T12:00:00Z', 'en', now)).toBe('3 days ago');
    expect(formatRelative('2026-03-07T12:00:00Z', 'zh-CN', now)).toBe('3天前');
    expect(formatRelative(null, 'en', now)).toBe('—');
  });
});
