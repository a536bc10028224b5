import { describe, expect, it } from 'vitest';
import { exchangeRatesFromEnv } from './exchangeRates.ts';

describe('exchangeRatesFromEnv', () => {
  it('has no base currency unless one is set', () => {
    expect(exchangeRatesFromEnv({})).toBeNull();
  });

  it('reads the base currency and its explicit rates', () => {
    expect(exchangeRatesFromEnv({ STAYFLOW_BASE_CURRENCY: 'USD', STAYFLOW_FX_RATES: 'CNY=0.14, EUR=1.08' })).toEqual({ base: 'USD', rates: { USD: 1, CNY: 0.14, EUR: 1.08 } });
  });

  it.each([
    [{ STAYFLOW_FX_RATES: 'CNY=0.14' }, 'needs STAYFLOW_BASE_CURRENCY'],
    [{ STAYFLOW_BASE_CURRENCY: 'usd' }, 'three-letter ISO 4217 code'],
    [{ STAYFLOW_BASE_CURRENCY: 'USD', STAYFLOW_FX_RATES: 'CNY:0.14' }, 'not "CNY:0.14"'],
    [{ STAYFLOW_BASE_CURRENCY: 'USD', STAYFLOW_FX_RATES: 'CNY=-1' }, 'not "CNY=-1"'],
    [{ STAYFLOW_BASE_CURRENCY: 'USD', STAYFLOW_FX_RATES: 'USD=2' }, 'always 1'],
  ])('refuses %j with a message naming the problem', (env, message) => {
    expect(() => exchangeRatesFromEnv(env)).toThrow(message);
  });
});
