import { describe, expect, it } from 'vitest';
import { copyId, deriveId, isPlaybookId, uniqueId } from './playbookId.ts';

describe('deriveId', () => {
  it('turns a name into lower-case words joined by dashes', () => {
    expect(deriveId('Win-back: VIP customers!')).toBe('win-back-vip-customers');
    expect(deriveId('  NPS   follow up  ')).toBe('nps-follow-up');
  });

  it('drops accents', () => {
    expect(deriveId('Relance café crème')).toBe('relance-cafe-creme');
  });

  it('gives a Chinese name a stable, short code instead of a bare fallback', () => {
    const churn = deriveId('流失预警');
    expect(churn).toMatch(/^playbook-[a-z0-9]{6}$/);
    expect(deriveId('流失预警')).toBe(churn);
    expect(deriveId('生日祝福')).not.toBe(churn);
    expect(deriveId('流失预警 2026')).toMatch(/^2026-[a-z0-9]{6}$/);
    expect(deriveId('会员日 VIP day')).toMatch(/^vip-day-[a-z0-9]{6}$/);
    expect(deriveId('!!!', 'draft')).toBe('draft');
  });

  it('keeps within 64 characters without a trailing dash', () => {
    const id = deriveId(`${'a'.repeat(63)} b`);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(isPlaybookId(id)).toBe(true);
    expect(id.endsWith('-')).toBe(false);
  });

  it('always gives a valid id', () => {
    for (const name of ['', '-', '—', 'Ünïcödé', '9 lives', 'A/B test: discount vs. service', '会员日 VIP day']) expect(isPlaybookId(deriveId(name))).toBe(true);
  });
});

describe('uniqueId', () => {
  it('keeps a free id and suffixes a taken one', () => {
    expect(uniqueId('win-back', [])).toBe('win-back');
    expect(uniqueId('win-back', ['win-back'])).toBe('win-back-2');
    expect(uniqueId('win-back', ['win-back', 'win-back-2', 'win-back-3'])).toBe('win-back-4');
  });

  it('shortens a long id to make room for the suffix', () => {
    const long = 'x'.repeat(64);
    const id = uniqueId(long, [long]);
    expect(id).toHaveLength(64);
    expect(id.endsWith('-2')).toBe(true);
    expect(isPlaybookId(id)).toBe(true);
  });
});

describe('copyId', () => {
  it('names copies id-copy, then id-copy-2', () => {
    expect(copyId('churn', ['churn'])).toBe('churn-copy');
    expect(copyId('churn', ['churn', 'churn-copy'])).toBe('churn-copy-2');
  });
});
