import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ErrorState, Loading } from '../../components/Feedback.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatNumber, formatPercent } from '../../i18n/localise.ts';
import { cohortCsv } from '../../lib/cohortCsv.ts';
import { downloadText } from '../../lib/download.ts';
import { segmentName } from '../../lib/vocabulary.ts';

/** A cell's shade: the share still buying, on the accent colour (light text once dark enough). */
function shade(share: number): { background: string; color?: string } {
  const alpha = 0.06 + 0.74 * Math.min(Math.max(share, 0), 1);
  return alpha > 0.5 ? { background: `rgba(37, 99, 235, ${alpha.toFixed(3)})`, color: '#fff' } : { background: `rgba(37, 99, 235, ${alpha.toFixed(3)})` };
}

/**
 * The analytics page's cohort retention (GET /api/metrics/cohorts): customers by first-purchase
 * month × months since, shaded by the share still buying, filterable by segment, downloadable as
 * CSV. The window is the server's default, the last 12 months up to its clock's now.
 */
export function CohortTable(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const [segment, setSegment] = useState('');
  const segments = useApi('segments', api.listSegments);
  const answer = useApi(`cohorts:${segment}`, () => api.getCohorts(segment === '' ? {} : { segment }));
  const data = answer.data;
  const width = Math.max(0, ...(data?.cohorts ?? []).map((c) => c.retention.length));

  const exportCsv = () => {
    if (!data) return;
    const csv = cohortCsv(data, { cohort: t('cohorts.csvCohort'), customers: t('cohorts.csvCustomers'), month: (n) => t('cohorts.csvMonth', { n }) });
    downloadText(`stayflow-cohorts${segment === '' ? '' : `-${segment}`}-${data.to.slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8');
  };

  return (
    <section className="card" data-testid="cohort-table">
      <div className="card-title-row">
        <h2 className="card-title">{t('cohorts.title')}</h2>
        <div className="row-actions">
          <label className="small">
            <span className="muted">{t('cohorts.segment')} </span>
            <select value={segment} onChange={(e) => setSegment(e.target.value)} data-testid="cohort-segment">
              <option value="">{t('cohorts.allCustomers')}</option>
              {(segments.data ?? []).map((s) => (
                <option key={s.name} value={s.name}>
                  {segmentName(s.name, locale)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn btn-secondary" onClick={exportCsv} disabled={!data || data.cohorts.length === 0} data-testid="cohort-export">
            {t('cohorts.export')}
          </button>
        </div>
      </div>
      <p className="muted small card-hint">{t('cohorts.hint')}</p>
      {answer.error && !data ? (
        <ErrorState error={answer.error} onRetry={answer.reload} />
      ) : !data ? (
        <Loading inline />
      ) : data.cohorts.length === 0 ? (
        <p className="muted">{t('cohorts.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table-compact cohort-table">
            <thead>
              <tr>
                <th>{t('cohorts.cohort')}</th>
                <th className="num">{t('cohorts.customers')}</th>
                {Array.from({ length: width }, (_, n) => (
                  <th key={n} className="num">
                    {t('cohorts.monthN', { n })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.cohorts.map((cohort) => (
                <tr key={cohort.month} data-testid={`cohort-${cohort.month}`}>
                  <td>{cohort.month}</td>
                  <td className="num">{formatNumber(cohort.customers, locale)}</td>
                  {Array.from({ length: width }, (_, n) =>
                    n < cohort.retention.length ? (
                      <td
                        key={n}
                        className="num"
                        style={shade(cohort.retention[n]!)}
                        title={t('cohorts.cellTitle', { active: formatNumber(cohort.active[n], locale), customers: formatNumber(cohort.customers, locale), n })}
                      >
                        {formatPercent(cohort.retention[n], locale, 0)}
                      </td>
                    ) : (
                      <td key={n} />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
