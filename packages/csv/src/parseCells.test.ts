import { describe, expect, it } from 'vitest';
import { attributeValue, parseAmount, parseDay, parseInstant } from './parseCells.ts';

describe('cell parsing', () => {
  it('reads days and moments, refusing impossible dates', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseInstant('2025-03-01T09:30:00+08:00')).toBe('2025-03-01T01:30:00.000Z');
    expect(parseInstant('2025-03-01 09:30')).toBe('2025-03-01T09:30:00.000Z');
    expect(parseInstant('2025-03-01T25:00')).toBeNull();
    expect(parseInstant('03/01/2025')).toBeNull();
  });

  it('reads amounts with thousands separators and refuses signs and symbols', () => {
    expect(parseAmount('1,299.00')).toBe(1299);
    expect(parseAmount('0')).toBe(0);
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('$5')).toBeNull();
    expect(parseAmount('1,29')).toBeNull();
  });

  it('keeps numbers with a leading zero as text', () => {
    expect(attributeValue('0123')).toBe('0123');
    expect(attributeValue('42')).toBe(42);
    expect(attributeValue('true')).toBe(true);
  });
});
