import { describe, expect, it } from 'vitest';
import { nameStep, needsTranslation, ownName } from './nameTranslation.ts';

const coupon = { id: 'c', label: '15% comeback coupon', meta: { i18n: { 'zh-CN': { label: '发放 85 折回归券' } }, note: 'kept' } };

describe('nameStep', () => {
  it('renames in English and marks the Chinese name as needing translation', () => {
    const renamed = nameStep(coupon, 'Comeback coupon', 'en');
    expect(renamed.label).toBe('Comeback coupon');
    expect(ownName(renamed, 'zh-CN')).toBe('发放 85 折回归券');
    expect(needsTranslation(renamed, 'zh-CN')).toBe(true);
    expect(needsTranslation(renamed, 'en')).toBe(false);
    expect(renamed.meta.note).toBe('kept');
  });

  it('clears the mark when the step is named in that language, and marks English in turn', () => {
    const both = nameStep(nameStep(coupon, 'Comeback coupon', 'en'), '回归券', 'zh-CN');
    expect(ownName(both, 'zh-CN')).toBe('回归券');
    expect(needsTranslation(both, 'zh-CN')).toBe(false);
    expect(needsTranslation(both, 'en')).toBe(true);
    expect(both.label).toBe('Comeback coupon');
  });

  it('names a step without an English label in Chinese only', () => {
    const named = nameStep({ id: 'w' } as { id: string; label?: string }, '等一等', 'zh-CN');
    expect(named.label).toBeUndefined();
    expect(ownName(named, 'zh-CN')).toBe('等一等');
    expect(needsTranslation(named, 'en')).toBe(true);
  });

  it('drops every mark once no language has a name: the derived name is right everywhere', () => {
    const marked = nameStep({ id: 'w' } as { id: string; label?: string; meta?: Record<string, unknown> }, 'Pause', 'en');
    const cleared = nameStep(marked, '', 'en');
    expect(cleared).toEqual({ id: 'w' });
  });
});
