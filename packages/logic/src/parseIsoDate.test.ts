import { describe, expect, it } from 'vitest';
import { parseIsoDate, parseZonedInstant } from './parseIsoDate';

describe('parseIsoDate', () => {
  it.each([
    ['2024-05-31', Date.UTC(2024, 4, 31)],
    ['2024-05-31T10:20', Date.UTC(2024, 4, 31, 10, 20)],
    ['2024-05-31T10:20:30', Date.UTC(2024, 4, 31, 10, 20, 30)],
    ['2024-05-31T10:20:30Z', Date.UTC(2024, 4, 31, 10, 20, 30)],
    ['2024-05-31t10:20:30z', Date.UTC(2024, 4, 31, 10, 20, 30)],
    ['2024-05-31 10:20:30Z', Date.UTC(2024, 4, 31, 10, 20, 30)],
    ['2024-05-31T10:20:30.5Z', Date.UTC(2024, 4, 31, 10, 20, 30, 500)],
    ['2024-05-31T10:20:30.123456Z', Date.UTC(2024, 4, 31, 10, 20, 30, 123)],
    ['2024-05-31T10:20:30+08:00', Date.UTC(2024, 4, 31, 2, 20, 30)],
    ['2024-05-31T01:00:00+0800', Date.UTC(2024, 4, 30, 17)],
    ['2024-05-31T23:00:00-05', Date.UTC(2024, 5, 1, 4)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2000-02-29', Date.UTC(2000, 1, 29)],
    ['1969-12-31T23:59:59Z', -1000],
  ])('reads %s', (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });

  it('reads a time without an offset as UTC, whatever the machine zone', () => {
    expect(parseIsoDate('2024-05-31T10:20')).toBe(parseIsoDate('2024-05-31T10:20Z'));
  });

  it('reads years before 100 as themselves', () => {
    expect(parseIsoDate('0050-01-01')).toBe(new Date('0050-01-01T00:00:00Z').getTime());
  });

  it.each([
    ['2023-02-29'],
    ['1900-02-29'],
    ['2024-04-31'],
    ['2024-13-01'],
    ['2024-00-10'],
    ['2024-05-00'],
    ['2024-05-31T24:00'],
    ['2024-05-31T10:60'],
    ['2024-05-31T10:20:61'],
    ['2024-05-31T10:20+25:00'],
    ['2024-05-31Z'],
    ['24-05-31'],
    ['2024/05/31'],
    ['31.05.2024'],
    ['May 31, 2024'],
    ['2024-5-31'],
    [' 2024-05-31'],
    ['2024-05-31T10'],
    [''],
    ['not a date'],
  ])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it.each([[null], [undefined], [20240531], [1717113600000], [true], [[]], [{}]])('rejects the non-text %j', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });
});

describe('parseZonedInstant', () => {
  it('reads dates and zoned date-times, and refuses a date-time without a zone', () => {
    expect(parseZonedInstant('2025-06-01')).toBe(Date.UTC(2025, 5, 1));
    expect(parseZonedInstant('2025-06-01T09:00:00+08:00')).toBe(Date.UTC(2025, 5, 1, 1));
    expect(parseZonedInstant('2025-06-01T09:00Z')).toBe(Date.UTC(2025, 5, 1, 9));
    for (const text of ['2025-06-01T09:00:00', '2025-02-30', '2025-13-01', 'June 1, 2025', '', 42]) expect(parseZonedInstant(text)).toBeNull();
  });
});
