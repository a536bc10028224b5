import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../api/types.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/localise.ts';
import { customerCurrency } from '../../lib/customerCurrency.ts';
import { metricHint } from '../../lib/vocabulary.ts';

const DAY = 86_400_000;

/**
 * The customer's scores from the churn and value models, with the "why": their usual gap
 * between orders against how long they have been quiet (apps/server README, "Predictions").
 */
export function CustomerPredictions({ customer }: { customer: CustomerDetail }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const m = customer.metrics;
  const silence = m.days_since_last_order === null ? null : Math.floor(m.days_since_last_order);
  let why: string | null = null;
  if (silence !== null && m.orders >= 2 && m.first_order_at !== null && m.last_order_at !== null) {
    const gap = (Date.parse(m.last_order_at) - Date.parse(m.first_order_at)) / DAY / (m.orders - 1);
    why = t('predictions.why', { gap: formatNumber(gap, locale, gap < 10 ? 1 : 0), silence: formatNumber(silence, locale) });
  } else if (silence !== null && m.orders === 1) {
    why = t('predictions.whyOneOrder', { silence: formatNumber(silence, locale) });
  }
  const rows: [string, string, string | undefined][] = [
    ['pAlive', formatPercent(m.p_alive, locale, 0), metricHint('p_alive', locale)],
    ['orders90d', formatNumber(m.expected_orders_90d, locale, 1), metricHint('expected_orders_90d', locale)],
    ['clv', formatMoney(m.predicted_clv, locale, customerCurrency(customer)), metricHint('predicted_clv', locale)],
  ];
  return (
    <section className="card" data-testid="customer-predictions">
      <h2 className="card-title">{t('predictions.title')}</h2>
      {m.p_alive === null ? (
        <p className="muted small">{t('predictions.notScored')}</p>
      ) : (
        <>
          <dl className="kv">
            {rows.map(([key, value, hint]) => (
              <div key={key} title={hint}>
                <dt>{t(`predictions.${key}`)}</dt>
                <dd data-testid={`prediction-${key}`}>{value}</dd>
              </div>
            ))}
          </dl>
          {why !== null && <p className="small" data-testid="prediction-why">{why}</p>}
          <p className="muted small">{t('predictions.hint')}</p>
        </>
      )}
    </section>
  );
}
