import { describe, expect, it } from 'vitest';
import { formatMoney } from '../i18n/localise.ts';
import { customerCurrency } from './customerCurrency.ts';

describe('customerCurrency', () => {
  it('reads an ISO 4217 code from the customer’s attributes', () => {
    expect(customerCurrency({ attributes: { currency: 'cny' } })).toBe('CNY');
    expect(customerCurrency({ attributes: { currency: 'yuan' } })).toBeUndefined();
    expect(customerCurrency({ attributes: {} })).toBeUndefined();
  });

  it('shows a customer’s spend in their currency', () => {
    expect(formatMoney(1135.71, 'zh-CN', customerCurrency({ attributes: { currency: 'CNY' } }))).toBe('¥1,135.71');
    expect(formatMoney(80, 'en', customerCurrency({ attributes: { currency: 'USD' } }))).toBe('$80.00');
  });
});
