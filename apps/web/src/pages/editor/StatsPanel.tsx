import type { Playbook } from '@stayflow/playbook';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookStats } from '../../api/types.ts';
import { ErrorState, Loading } from '../../components/Feedback.tsx';
import { Drawer } from '../../components/Modal.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatNumber, formatPercent } from '../../i18n/localise.ts';
import { enteredOf, holdoutOf } from '../../lib/playbookStats.ts';
import { Uplift } from '../../components/Uplift.tsx';
import { ComparisonFigures } from '../../components/ComparisonFigures.tsx';
import { DownloadCsvButton } from '../../components/DownloadCsvButton.tsx';
import { PlaybookActivity } from './PlaybookActivity.tsx';
import { StepResults } from './StepResults.tsx';

/** Windows of the results: everyone since publication, or those who entered in the last N days. */
const WINDOWS = [undefined, 7, 30, 90] as const;

interface StatsPanelProps {
  id: string;
  stats: PlaybookStats | null;
  error: unknown;
  updatedAt: number | null;
  /** The window shown (also on the canvas): undefined for all customers since publication. */
  days: number | undefined;
  onDays: (days: number | undefined) => void;
  hasGoal: boolean;
  variantLabel: (port: string) => string;
  stepTitle: (node: string) => string;
  /** The draft and the step selected on the canvas, whose own results lead the panel. */
  doc?: Playbook;
  step?: string | null;
  onClose: () => void;
}

/** The side card beside the canvas: the window, goal conversion, holdout uplift, variants, runs. */
export function StatsPanel({ id, stats, error, updatedAt, days, onDays, hasGoal, variantLabel, stepTitle, onClose, doc, step }: StatsPanelProps): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const entered = enteredOf(stats);
  const holdout = holdoutOf(stats?.goal);
  return (
    <Drawer title={t('stats.title')} onClose={onClose} testId="stats-panel">
      <div className="stats-window">
        <span className="muted small">{t('stats.window')}</span>
        <div className="segmented" role="group" aria-label={t('stats.window')}>
          {WINDOWS.map((n) => (
            <button key={n ?? 'all'} type="button" className={days === n ? 'active' : ''} aria-pressed={days === n} onClick={() => onDays(n)} data-testid={`stats-window-${n ?? 'all'}`}>
              {n === undefined ? t('stats.windowAll') : t('stats.windowDays', { n })}
            </button>
          ))}
        </div>
        <DownloadCsvButton request={{ kind: 'results', playbook: id }} testId="results-csv" />
      </div>
      {error && !stats ? (
        <ErrorState error={error} />
      ) : !stats ? (
        <Loading />
      ) : (
        <div className="stack">
          {step && doc ? <StepResults doc={doc} stats={stats} step={step} /> : <p className="muted small">{t('stats.stepHint')}</p>}
          <section className="stat-block">
            <h3>{t('stats.goal')}</h3>
            {hasGoal ? (
              <>
                <div className="big-number">{formatPercent(stats.goal.rate, locale)}</div>
                <p className="muted small">{t('stats.converted', { converted: formatNumber(stats.goal.converted, locale), entered: formatNumber(entered, locale) })}</p>
              </>
            ) : (
              <p className="muted small">{t('stats.noGoal')}</p>
            )}
          </section>
          {holdout && stats.holdout ? (
            <section className="stat-block" data-testid="stats-holdout">
              <h3>{t('stats.holdout')}</h3>
              <div className="compare">
                <div>
                  <span className="muted small">{t('stats.treatment')}</span>
                  <strong>{formatPercent(holdout.treatment, locale)}</strong>
                </div>
                <div>
                  <span className="muted small">{t('stats.control')}</span>
                  <strong>{formatPercent(holdout.control, locale)}</strong>
                </div>
                <div>
                  <span className="muted small">{t('stats.uplift')}</span>
                  <Uplift value={holdout.uplift} as="strong" />
                </div>
              </div>
              <p className="muted small">{t('uncertainty.groups', { treatment: formatNumber(stats.holdout.treatment.runs, locale), control: formatNumber(stats.holdout.control.runs, locale) })}</p>
              <ComparisonFigures comparison={stats.holdout.comparison} smallerGroup={Math.min(stats.holdout.treatment.runs, stats.holdout.control.runs)} testId="holdout-comparison" />
              <p className="muted small">{t('stats.holdoutHint')}</p>
            </section>
          ) : null}
          {stats.variants && Object.keys(stats.variants).length > 0 ? (
            <section className="stat-block">
              <h3>{t('stats.variants')}</h3>
              <table className="table table-compact">
                <thead>
                  <tr>
                    <th>{t('stats.variant')}</th>
                    <th className="num">{t('stats.runs')}</th>
                    <th className="num">{t('stats.convertedShort')}</th>
                    <th className="num">{t('stats.rate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(stats.variants).map(([port, variant]) => {
                    // Highlighted only once it is significantly ahead of every other variant.
                    const winner = stats.variant_test?.winner === port;
                    return (
                      <tr key={port} data-testid={`variant-${port}`} data-winner={winner}>
                        <td>{variantLabel(port)}</td>
                        <td className="num">{formatNumber(variant.runs, locale)}</td>
                        <td className="num">{formatNumber(variant.converted, locale)}</td>
                        <td className={winner ? 'num positive' : 'num'}>{formatPercent(variant.rate, locale)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {stats.variant_test ? <VariantTest test={stats.variant_test} variants={stats.variants} variantLabel={variantLabel} /> : null}
            </section>
          ) : null}
          {stats.runs.control > 0 ? (
            <p className="muted small" data-testid="steps-include-holdout">
              {t('uncertainty.stepsIncludeHoldout', { count: stats.runs.control })}
            </p>
          ) : null}
          <section className="stat-block">
            <h3>{t('stats.journeys')}</h3>
            <dl className="kv">
              <div>
                <dt>{t('stats.active')}</dt>
                <dd>{formatNumber(stats.runs.active, locale)}</dd>
              </div>
              <div>
                <dt>{t('stats.completed')}</dt>
                <dd>{formatNumber(stats.runs.completed, locale)}</dd>
              </div>
              <div>
                <dt>{t('stats.exited')}</dt>
                <dd>{formatNumber(stats.runs.exited, locale)}</dd>
              </div>
            </dl>
          </section>
          <PlaybookActivity id={id} refreshKey={updatedAt} stepTitle={stepTitle} />
          <p className="muted small">{updatedAt ? t('stats.refreshed', { time: new Date(updatedAt).toLocaleTimeString(locale) }) : null}</p>
        </div>
      )}
    </Drawer>
  );
}

/** The A/B test: each pair compared with its uncertainty, and the winner only when there is one. */
function VariantTest({ test, variants, variantLabel }: { test: NonNullable<PlaybookStats['variant_test']>; variants: NonNullable<PlaybookStats['variants']>; variantLabel: (port: string) => string }): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="stack-tight" data-testid="variant-test">
      {test.comparisons.map((c) => (
        <div key={`${c.a}|${c.b}`}>
          <p className="small">{t('uncertainty.pair', { a: variantLabel(c.a), b: variantLabel(c.b) })}</p>
          <ComparisonFigures comparison={c} smallerGroup={Math.min(variants[c.a]?.runs ?? 0, variants[c.b]?.runs ?? 0)} testId={`variant-comparison-${c.a}-${c.b}`} />
        </div>
      ))}
      <p className={test.winner ? 'small positive' : 'small muted'} data-testid="variant-winner">
        {test.winner ? t('uncertainty.winner', { name: variantLabel(test.winner) }) : t('uncertainty.noWinner')}
      </p>
      <p className="muted small">{t('uncertainty.method')}</p>
    </div>
  );
}
