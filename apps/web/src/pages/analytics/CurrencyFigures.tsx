import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metrics } from '../../api/types.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatMoney, formatNumber } from '../../i18n/localise.ts';

/**
 * CLV, spend, revenue and coupon value per currency (GET /api/metrics `currencies`), never added
 * across currencies; with a base currency, the same converted at the configured fixed rates.
 */
export function CurrencyFigures({ metrics }: { metrics: Metrics }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = Object.entries(metrics.currencies);
  const base = metrics.base_currency;
  const code = (currency: string) => (currency === 'unspecified' ? null : currency);
  return (
    <section className="card" data-testid="currency-figures">
      <h2 className="card-title">{t('money.title')}</h2>
      <p className="muted small card-hint">{t('money.hint')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('money.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table-compact">
            <thead>
              <tr>
                <th>{t('money.currency')}</th>
                <th className="num">{t('money.customers')}</th>
                <th className="num">{t('money.averageClv')}</th>
                <th className="num">{t('money.totalSpent')}</th>
                <th className="num">{t('money.orders')}</th>
                <th className="num">{t('money.revenue')}</th>
                <th className="num">{t('money.coupons')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([currency, f]) => (
                <tr key={currency} data-testid={`currency-${currency}`}>
                  <td>{currency === 'unspecified' ? t('money.unspecified') : currency}</td>
                  <td className="num">{formatNumber(f.customers_with_orders, locale)}</td>
                  <td className="num">{formatMoney(f.average_clv, locale, code(currency))}</td>
                  <td className="num">{formatMoney(f.total_spent, locale, code(currency))}</td>
                  <td className="num">{formatNumber(f.orders, locale)}</td>
                  <td className="num">{formatMoney(f.revenue, locale, code(currency))}</td>
                  <td className="num">{formatMoney(f.coupon_value, locale, code(currency))}</td>
                </tr>
              ))}
              {base ? (
                <tr data-testid="currency-base">
                  <td>
                    <strong>{t('money.base', { currency: base.currency })}</strong>
                    {base.missing_rates.length > 0 ? <div className="muted small">{t('money.missingRates', { list: base.missing_rates.join(', ') })}</div> : null}
                  </td>
                  <td className="num">{formatNumber(base.customers_with_orders, locale)}</td>
                  <td className="num">{formatMoney(base.average_clv, locale, base.currency)}</td>
                  <td className="num">{formatMoney(base.total_spent, locale, base.currency)}</td>
                  <td className="num">{formatNumber(base.orders, locale)}</td>
                  <td className="num">{formatMoney(base.revenue, locale, base.currency)}</td>
                  <td className="num">{formatMoney(base.coupon_value, locale, base.currency)}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
