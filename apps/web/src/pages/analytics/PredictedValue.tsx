import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { ModelsAnswer } from '../../api/types.ts';
import { ErrorState, Loading } from '../../components/Feedback.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDateTime, formatMoney, formatNumber } from '../../i18n/localise.ts';

/**
 * The analytics page's predictions: the expected number of active customers (sum of
 * p_alive), the distribution of predicted value per currency, when the models were
 * fitted, or why they could not be yet (apps/server README, "Predictions").
 */
export function PredictedValue(): ReactElement {
  const { t } = useTranslation();
  const models = useApi('models', api.getModels);
  const [fitting, setFitting] = useState(false);
  const [fitError, setFitError] = useState<unknown>(undefined);

  const fitNow = async () => {
    setFitting(true);
    setFitError(undefined);
    try {
      models.setData(await api.fitModels());
    } catch (error) {
      setFitError(error);
    } finally {
      setFitting(false);
    }
  };

  return (
    <section className="card" data-testid="predicted-value">
      <h2 className="card-title">{t('predictions.analyticsTitle')}</h2>
      <p className="muted small card-hint">{t('predictions.analyticsHint')}</p>
      {models.error && !models.data ? (
        <ErrorState error={models.error} onRetry={models.reload} />
      ) : !models.data ? (
        <Loading inline />
      ) : (
        <ModelFigures models={models.data} />
      )}
      {fitError !== undefined && <ErrorState error={fitError} onRetry={() => void fitNow()} />}
      <button type="button" className="btn" disabled={fitting || (models.data?.fitting ?? null) !== null} onClick={() => void fitNow()} data-testid="fit-models">
        {t('predictions.fitNow')}
      </button>
    </section>
  );
}

function ModelFigures({ models }: { models: ModelsAnswer }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const notes: string[] = [];
  const churnReason = models.reasons.churn;
  if (churnReason?.code === 'not_fitted_yet') notes.push(t('predictions.notFitted'));
  else if (churnReason?.code === 'did_not_converge') notes.push(t('predictions.didNotConverge', { message: churnReason.message }));
  else if (churnReason !== undefined) notes.push(t('predictions.notEnough', { customers: formatNumber(churnReason.customers, locale), needs: formatNumber(churnReason.needs, locale) }));
  for (const reason of models.reasons.values) {
    if (reason.needs !== null) notes.push(t('predictions.notEnoughValue', { currency: reason.currency ?? '', customers: formatNumber(reason.customers, locale), needs: formatNumber(reason.needs, locale) }));
    else if (reason.code === 'degenerate') notes.push(t('predictions.valueDegenerate', { currency: reason.currency ?? '', customers: formatNumber(reason.customers, locale) }));
  }
  const scoring = models.predictions;
  return (
    <div className="stack">
      {models.fitting !== null && (
        <p className="small" data-testid="models-fitting">
          {t('predictions.fitting', { done: formatNumber(models.fitting.done, locale), total: formatNumber(models.fitting.total, locale) })}
        </p>
      )}
      {notes.map((note) => (
        <p key={note} className="small" data-testid="models-not-enough">
          {note}
        </p>
      ))}
      {models.churn !== null && scoring !== null && (
        <>
          <div className="kpi-grid">
            <section className="card kpi" data-testid="kpi-expected-active">
              <h3 className="kpi-label">{t('predictions.expectedActive')}</h3>
              <div className="kpi-value">{formatNumber(scoring.expected_active, locale)}</div>
              <p className="kpi-detail">{t('predictions.expectedActiveDetail', { customers: formatNumber(scoring.customers, locale) })}</p>
            </section>
            {scoring.by_currency.map((c) => (
              <section key={c.currency} className="card kpi" data-testid={`kpi-total-clv-${c.currency}`}>
                <h3 className="kpi-label">{t('predictions.totalValue', { currency: c.currency })}</h3>
                <div className="kpi-value">{formatMoney(c.total_clv, locale, c.currency)}</div>
              </section>
            ))}
          </div>
          {scoring.by_currency.map((c) => {
            const largest = Math.max(1, ...c.bands.map((b) => b.customers));
            return (
              <div key={c.currency} data-testid={`value-distribution-${c.currency}`}>
                <h3 className="small">{t('predictions.distribution', { currency: c.currency })}</h3>
                <table className="table">
                  <tbody>
                    {c.bands.map((band) => (
                      <tr key={band.from}>
                        <td className="mono small">
                          {band.to === null
                            ? t('predictions.bandOpen', { from: formatNumber(band.from, locale) })
                            : t('predictions.band', { from: formatNumber(band.from, locale), to: formatNumber(band.to, locale) })}
                        </td>
                        <td style={{ width: '60%' }}>
                          <div className="meter" aria-hidden="true">
                            <span style={{ width: `${(100 * band.customers) / largest}%` }} />
                          </div>
                        </td>
                        <td className="small">{formatNumber(band.customers, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
          <p className="muted small" data-testid="models-fitted-at">
            {t('predictions.fittedAt', { date: formatDateTime(models.churn.as_of, locale), scored: formatDateTime(scoring.scored_at, locale) })}
          </p>
        </>
      )}
    </div>
  );
}
