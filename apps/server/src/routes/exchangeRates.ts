import { ConfigError } from '../config.ts';

/** An optional base currency and explicit rates into it: 1 unit of each key = that many units of `base`. */
export interface ExchangeRates {
  base: string;
  rates: Record<string, number>;
}

const CODE = /^[A-Z]{3}$/;

/**
 * STAYFLOW_BASE_CURRENCY (ISO 4217, e.g. USD) and STAYFLOW_FX_RATES ("CNY=0.14,EUR=1.08": units
 * of the base currency per unit of each). Null without a base currency; rates without one, or a
 * malformed entry, refuse to start with a message naming it. No rate is ever fetched: figures
 * are converted with exactly these rates, and a currency without one is left out of the totals
 * in the base currency (named in `missing_rates`).
 */
export function exchangeRatesFromEnv(env: NodeJS.ProcessEnv): ExchangeRates | null {
  const base = env.STAYFLOW_BASE_CURRENCY?.trim() ?? '';
  const list = env.STAYFLOW_FX_RATES?.trim() ?? '';
  if (base === '') {
    if (list !== '') throw new ConfigError('STAYFLOW_FX_RATES needs STAYFLOW_BASE_CURRENCY: the currency the rates convert into, such as USD.');
    return null;
  }
  if (!CODE.test(base)) throw new ConfigError(`STAYFLOW_BASE_CURRENCY must be a three-letter ISO 4217 code in capitals, such as USD or CNY, not "${base.slice(0, 60)}".`);
  const rates: Record<string, number> = { [base]: 1 };
  for (const entry of list === '' ? [] : list.split(',')) {
    const [code = '', value = '', ...rest] = entry.split('=').map((part) => part.trim());
    const rate = Number(value);
    if (!CODE.test(code) || value === '' || rest.length > 0 || !Number.isFinite(rate) || rate <= 0) {
      throw new ConfigError(`STAYFLOW_FX_RATES must list CODE=RATE pairs separated by commas, such as "CNY=0.14,EUR=1.08" (units of ${base} per unit), not "${entry.slice(0, 60)}".`);
    }
    if (code === base && rate !== 1) throw new ConfigError(`STAYFLOW_FX_RATES gives ${base} a rate of ${rate}, but ${base} is the base currency (always 1).`);
    rates[code] = rate;
  }
  return { base, rates };
}
