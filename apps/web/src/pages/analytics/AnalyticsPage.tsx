import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { MetricKey, Metrics, PlaybookStats, PlaybookSummary } from '../../api/types.ts';
import { EmptyState, ErrorState, Loading } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDate, formatMoney, formatNumber, formatPercent, localisedName } from '../../i18n/localise.ts';
import { CohortTable } from './CohortTable.tsx';
import { ConversionChart } from './ConversionChart.tsx';
import { CurrencyFigures } from './CurrencyFigures.tsx';
import { PredictedValue } from './PredictedValue.tsx';
import { Uplift } from '../../components/Uplift.tsx';
import { enteredOf, holdoutOf } from '../../lib/playbookStats.ts';

const WINDOWS = [30, 90, 180, 365] as const;
type Period = (typeof WINDOWS)[number];
const DAY = 86_400_000;

/** Stats of every published playbook for the customers who entered in the last `days` days, loaded together. */
function usePlaybookStats(playbooks: PlaybookSummary[] | undefined, days: number): { stats: Record<string, PlaybookStats>; loading: boolean } {
  const [loaded, setLoaded] = useState<{ key: string; stats: Record<string, PlaybookStats> } | null>(null);
  const ids = (playbooks ?? []).filter((p) => p.published_version !== null).map((p) => p.id).join(',');
  const key = `${ids}|${days}`;
  useEffect(() => {
    if (playbooks === undefined) return;
    let current = true;
    const list = ids === '' ? [] : ids.split(',');
    void Promise.all(list.map((id) => api.getStats(id, days).then((s) => [id, s] as const, () => null))).then((entries) => {
      if (!current) return;
      setLoaded({ key, stats: Object.fromEntries(entries.filter((e): e is readonly [string, PlaybookStats] => e !== null)) });
    });
    return () => {
      current = false;
    };
  }, [ids, playbooks, days, key]);
  // Numbers of another window are never shown as this one's.
  return loaded?.key === key ? { stats: loaded.stats, loading: false } : { stats: {}, loading: true };
}


export function AnalyticsPage(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const [period, setPeriod] = useState<Period>(90);
  // The server's clock decides "now" (it may be a testing clock): its default 90-day answer tells it.
  const base = useApi('metrics:default', () => api.getMetrics());
  const to = base.data?.to;
  const windowed = useApi(period === 90 || !to ? null : `metrics:${period}:${to}`, () => api.getMetrics({ from: new Date(Date.parse(to!) - period * DAY).toISOString(), to: to! }));
  const metrics = period === 90 || base.error ? base : windowed;

  const playbooks = useApi('playbooks', api.listPlaybooks);
  const { stats, loading: statsLoading } = usePlaybookStats(playbooks.data, period);
  const published = useMemo(() => (playbooks.data ?? []).filter((p) => p.published_version !== null).sort((a, b) => enteredOf(stats[b.id]) - enteredOf(stats[a.id]) || b.entered - a.entered), [playbooks.data, stats]);
  const chartRows = useMemo(() => published.map((p) => ({ name: localisedName(p, locale), entered: enteredOf(stats[p.id]), converted: stats[p.id]?.goal.converted ?? 0 })), [published, stats, locale]);
  const chartLabels = useMemo(() => ({ entered: t('analytics.entered'), converted: t('analytics.converted'), rate: t('analytics.rate') }), [t]);

  return (
    <div className="page">
      <PageHeader
        title={t('analytics.title')}
        subtitle={metrics.data ? t('analytics.window', { from: formatDate(metrics.data.from, locale), to: formatDate(metrics.data.to, locale) }) : t('analytics.subtitle')}
        actions={
          <div className="segmented" role="group" aria-label={t('analytics.windowLabel')}>
            {WINDOWS.map((days) => (
              <button key={days} type="button" className={period === days ? 'active' : ''} aria-pressed={period === days} onClick={() => setPeriod(days)} data-testid={`window-${days}`}>
                {t('analytics.lastDays', { count: days })}
              </button>
            ))}
          </div>
        }
      />

      {metrics.error && !metrics.data ? (
        <ErrorState error={metrics.error} onRetry={metrics.reload} />
      ) : !metrics.data ? (
        <Loading label={t('analytics.loading')} />
      ) : (
        <>
          <Kpis metrics={metrics.data} loading={metrics.loading} />
          <CurrencyFigures metrics={metrics.data} />
        </>
      )}

      <CohortTable />

      <PredictedValue />

      <section className="card">
        <h2 className="card-title">{t('analytics.byPlaybook')}</h2>
        <p className="muted small card-hint">{t('analytics.byPlaybookHint')}</p>
        {playbooks.error && !playbooks.data ? (
          <ErrorState error={playbooks.error} onRetry={playbooks.reload} />
        ) : !playbooks.data ? (
          <Loading inline />
        ) : published.length === 0 ? (
          <EmptyState icon="analytics" title={t('analytics.noPublishedTitle')} action={<Link className="btn" to="/playbooks">{t('nav.playbooks')}</Link>}>
            {t('analytics.noPublishedBody')}
          </EmptyState>
        ) : (
          <div className="analytics-split">
            <ConversionChart rows={chartRows} locale={locale} labels={chartLabels} />
            <table className="table table-compact" data-testid="playbook-stats-table">
              <thead>
                <tr>
                  <th>{t('analytics.playbook')}</th>
                  <th className="num">{t('analytics.entered')}</th>
                  <th className="num">{t('analytics.converted')}</th>
                  <th className="num">{t('analytics.rate')}</th>
                  <th className="num">{t('analytics.treatmentVsControl')}</th>
                  <th className="num">{t('analytics.uplift')}</th>
                </tr>
              </thead>
              <tbody>
                {published.map((playbook) => {
                  const s = stats[playbook.id];
                  const goal = s?.goal;
                  const holdout = holdoutOf(goal);
                  return (
                    <tr key={playbook.id}>
                      <td>
                        <Link to={`/playbooks/${playbook.id}`} className="row-title">
                          {localisedName(playbook, locale)}
                        </Link>
                        <div>
                          <StatusBadge status={playbook.status} />
                        </div>
                      </td>
                      <td className="num">{s ? formatNumber(enteredOf(s), locale) : statsLoading ? '…' : '—'}</td>
                      <td className="num">{s ? formatNumber(s.goal.converted, locale) : statsLoading ? '…' : '—'}</td>
                      <td className="num">{goal ? formatPercent(goal.rate, locale) : statsLoading ? '…' : '—'}</td>
                      <td className="num">
                        {holdout ? `${formatPercent(holdout.treatment, locale)} / ${formatPercent(holdout.control, locale)}` : <span className="muted small">{t('analytics.noHoldout')}</span>}
                      </td>
                      <td className="num">
                        {holdout ? <Uplift value={holdout.uplift} /> : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function Kpis({ metrics, loading }: { metrics: Metrics; loading: boolean }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const c = metrics.counts;
  const n = (value: number) => formatNumber(value, locale);
  const cards: { key: MetricKey; value: string; detail: string; tone?: 'good' | 'bad' }[] = [
    { key: 'retention_rate', value: formatPercent(metrics.retention_rate, locale), detail: t('analytics.retentionDetail', { retained: n(c.retained), total: n(c.customers_at_start) }) },
    { key: 'churn_rate', value: formatPercent(metrics.churn_rate, locale), detail: t('analytics.churnDetail', { lost: n(c.customers_at_start - c.retained), total: n(c.customers_at_start) }) },
    { key: 'repurchase_rate', value: formatPercent(metrics.repurchase_rate, locale), detail: t('analytics.repurchaseDetail', { repeat: n(c.repeat_buyers), buyers: n(c.buyers) }) },
    { key: 'nps', value: metrics.nps === null ? '—' : formatNumber(metrics.nps, locale, 1), detail: t('analytics.npsDetail', { responses: n(c.nps_responses), promoters: n(c.promoters), detractors: n(c.detractors) }) },
    // In one currency only (the base one, or the only one): otherwise "see below", never a sum of yuan and dollars.
    {
      key: 'average_clv',
      value: formatMoney(metrics.average_clv, locale, metrics.average_clv_currency),
      detail: metrics.average_clv === null && Object.keys(metrics.currencies).length > 1 ? t('money.mixed') : t('analytics.clvDetail', { customers: n(c.customers_with_orders) }),
    },
  ];
  return (
    <div className={loading ? 'kpi-grid is-loading' : 'kpi-grid'} data-testid="kpis">
      {cards.map((card) => {
        const definition = locale === 'en' ? metrics.definitions[card.key] : t(`analytics.definitions.${card.key}`);
        return (
          <section key={card.key} className="card kpi" data-testid={`kpi-${card.key}`}>
            <h3 className="kpi-label">
              {t(`analytics.kpi.${card.key}`)}
              <span className="help" title={definition} aria-label={definition}>
                <Icon name="info" size={14} />
              </span>
            </h3>
            <div className="kpi-value">{card.value}</div>
            <p className="kpi-detail">{card.detail}</p>
            <p className="kpi-definition">{definition}</p>
          </section>
        );
      })}
    </div>
  );
}
