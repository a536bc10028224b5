import { describe, expect, it } from 'vitest';
import { customerName } from './customerName.ts';
import { parseAttributeValue, parsePercent, parseTags } from './sampleProfile.ts';

describe('sample profiles', () => {
  it('reads numbers and booleans as such, everything else as text', () => {
    expect(parseAttributeValue('42')).toBe(42);
    expect(parseAttributeValue('-3.5')).toBe(-3.5);
    expect(parseAttributeValue('true')).toBe(true);
    expect(parseAttributeValue('1990-06-15')).toBe('1990-06-15');
    expect(parseAttributeValue('')).toBe('');
    expect(parseAttributeValue('Plus')).toBe('Plus');
  });

  it('reads a probability typed in percent, and tells an empty field from a wrong one', () => {
    expect(parsePercent('25')).toBe(0.25);
    expect(parsePercent(' 12.5 % ')).toBe(0.125);
    expect(parsePercent('30％')).toBe(0.3);
    expect(parsePercent('')).toBeNull();
    expect(parsePercent('120')).toBeUndefined();
    expect(parsePercent('abc')).toBeUndefined();
  });

  it('splits tags on commas of either width and spaces', () => {
    expect(parseTags('vip, newsletter，wechat  vip')).toEqual(['vip', 'newsletter', 'wechat']);
    expect(parseTags('  ')).toEqual([]);
  });

  it('names a customer by name, else first and last name, else id', () => {
    expect(customerName({ id: 'c1', attributes: { name: '宋梓萱' } })).toBe('宋梓萱');
    expect(customerName({ id: 'c1', attributes: { first_name: 'Ada', last_name: 'Lovelace' } })).toBe('Ada Lovelace');
    expect(customerName({ id: 'c1', attributes: {} })).toBe('c1');
  });
});
