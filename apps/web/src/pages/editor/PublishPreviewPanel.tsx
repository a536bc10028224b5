import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { PreviewHorizon, PreviewJob, PreviewResult } from '../../api/previewTypes.ts';
import { InlineError, Notice } from '../../components/Feedback.tsx';
import { useLocale } from '../../hooks/useLocale.ts';

/** The horizons offered, in days (the server accepts these). */
const HORIZONS: readonly PreviewHorizon[] = [7, 30, 90];
/** How often a running preview is asked for its progress. */
const POLL_MS = 500;

interface PublishPreviewPanelProps {
  id: string;
  /** Whether the operator must tick "publish anyway" (a live playbook overlaps or shares the template). */
  onOverlaps: (result: PreviewResult | null) => void;
}

/**
 * The publish preview: the draft simulated over the customer base for a chosen horizon
 * (a background job on the server, with progress and a stop button), then who enters,
 * what they receive, the count on every step, example journeys and the overlaps.
 */
export function PublishPreviewPanel({ id, onOverlaps }: PublishPreviewPanelProps): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const [horizon, setHorizon] = useState<PreviewHorizon>(30);
  const [job, setJob] = useState<PreviewJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const current = useRef<string | null>(null);

  const run = useCallback(
    async (days: PreviewHorizon) => {
      setError(null);
      setJob(null);
      onOverlaps(null);
      try {
        let answer = await api.previewPublish(id, days);
        current.current = answer.id;
        setJob(answer);
        while (answer.status === 'queued' || answer.status === 'running') {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          if (current.current !== answer.id) return;
          answer = await api.getPreview(answer.id);
          if (current.current !== answer.id) return;
          setJob(answer);
        }
        if (answer.result) onOverlaps(answer.result);
      } catch (cause) {
        setError(cause);
      }
    },
    [id, onOverlaps],
  );

  useEffect(() => {
    void run(horizon);
    return () => {
      const running = current.current;
      current.current = null;
      if (running) void api.cancelPreview(running).catch(() => undefined);
    };
  }, [run, horizon]);

  const stop = async () => {
    if (!job) return;
    setJob(await api.cancelPreview(job.id));
  };

  const number = (n: number) => n.toLocaleString(locale);
  const money = (value: number, currency: string) => (currency === '' ? number(value) : value.toLocaleString(locale, { style: 'currency', currency }));
  const result = job?.result ?? null;

  return (
    <section className="stack" data-testid="publish-preview">
      <div className="row">
        <h4 className="subhead">{t('publish.preview.title')}</h4>
        <label>
          {t('publish.preview.horizon')}{' '}
          <select value={horizon} onChange={(e) => setHorizon(HORIZONS.find((d) => d === Number(e.target.value)) ?? 30)} data-testid="preview-horizon">
            {HORIZONS.map((d) => (
              <option key={d} value={d}>
                {t('publish.preview.days', { count: d })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <InlineError error={error} />
      {job && (job.status === 'queued' || job.status === 'running') ? (
        <div className="row" data-testid="preview-progress">
          <progress max={1} value={job.progress} />
          <span>{t('publish.preview.running', { percent: Math.round(job.progress * 100) })}</span>
          <button type="button" className="btn btn-small" onClick={() => void stop()}>
            {t('publish.preview.cancel')}
          </button>
        </div>
      ) : null}
      {job?.status === 'cancelled' || job?.status === 'failed' ? (
        <div className="row">
          <Notice kind={job.status === 'failed' ? 'danger' : 'info'}>{job.status === 'failed' ? t('publish.preview.failed', { reason: job.error ?? '' }) : t('publish.preview.cancelled')}</Notice>
          <button type="button" className="btn btn-small" onClick={() => void run(horizon)}>
            {t('publish.preview.retry')}
          </button>
        </div>
      ) : null}
      {result ? <PreviewFigures result={result} number={number} money={money} /> : null}
    </section>
  );
}

function PreviewFigures({ result, number, money }: { result: PreviewResult; number: (n: number) => string; money: (value: number, currency: string) => string }): ReactElement {
  const { t } = useTranslation();
  const busiest = (days: { day: string; count: number }[]) => days.reduce<{ day: string; count: number } | null>((top, d) => (top === null || d.count > top.count ? d : top), null);
  const busiestMessages = busiest(result.messages.by_day.map((d) => ({ day: d.day, count: d.total })));
  const busiestTasks = busiest(result.tasks.by_day);
  return (
    <div className="stack" data-testid="preview-figures">
      <p className="muted small">
        {result.sample.sampled ? t('publish.preview.sample', { customers: number(result.sample.customers), of: number(result.sample.of) }) : t('publish.preview.whole', { of: number(result.sample.of) })}{' '}
        {t('publish.preview.assumption')}
      </p>
      <dl className="summary-list">
        <div>
          <dt>{t('publish.preview.enterNow')}</dt>
          <dd data-testid="preview-enter-now">{number(result.entered.now)}</dd>
        </div>
        <div>
          <dt>{t('publish.preview.enterHorizon', { days: result.horizon_days })}</dt>
          <dd data-testid="preview-enter-horizon">{number(result.entered.over_horizon)}</dd>
        </div>
        <div>
          <dt>{t('publish.preview.messages')}</dt>
          <dd data-testid="preview-messages">
            {result.messages.total === 0
              ? t('publish.preview.none')
              : Object.entries(result.messages.by_channel)
                  .map(([channel, count]) => t('publish.preview.byChannel', { channel, n: number(count) }))
                  .join(' · ')}
            {busiestMessages ? <div className="muted small">{t('publish.preview.perDay', { day: busiestMessages.day, n: number(busiestMessages.count) })}</div> : null}
          </dd>
        </div>
        <div>
          <dt>{t('publish.preview.coupons')}</dt>
          <dd data-testid="preview-coupons">
            {result.coupons.total === 0
              ? t('publish.preview.none')
              : [
                  ...result.coupons.by_currency.map((c) => t('publish.preview.couponValue', { n: number(c.count), value: money(c.value, c.currency) })),
                  ...result.coupons.by_percent.map((c) => t('publish.preview.couponPercent', { n: number(c.count), percent: c.percent })),
                ].join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t('publish.preview.tasks')}</dt>
          <dd data-testid="preview-tasks">
            {result.tasks.total === 0 ? t('publish.preview.none') : number(result.tasks.total)}
            {busiestTasks ? <div className="muted small">{t('publish.preview.perDay', { day: busiestTasks.day, n: number(busiestTasks.count) })}</div> : null}
          </dd>
        </div>
      </dl>
      <h5 className="subhead">{t('publish.preview.steps')}</h5>
      <ul className="plain-list" data-testid="preview-steps">
        {result.steps.map((s) => (
          <li key={s.node}>
            {s.label ?? s.node}: {number(s.entered)}
          </li>
        ))}
      </ul>
      {result.examples.length > 0 ? (
        <>
          <h5 className="subhead">{t('publish.preview.examples')}</h5>
          {result.examples.map((e) => (
            <details key={e.customer_id}>
              <summary>{e.name ?? e.customer_id}</summary>
              <ul className="plain-list small">
                {e.steps.map((s, i) => (
                  <li key={i}>
                    {s.at.slice(0, 16).replace('T', ' ')} · {s.label ?? s.node ?? s.kind}
                    {s.detail ? ` (${s.detail})` : ''}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      ) : null}
      <h5 className="subhead">{t('publish.preview.overlapTitle')}</h5>
      <div data-testid="preview-overlaps">
        {result.overlaps.length === 0 && result.same_template.length === 0 ? <p className="muted small">{t('publish.preview.noOverlap')}</p> : null}
        {result.overlaps.map((o) => (
          <Notice key={o.playbook_id} kind="warning">
            {t('publish.preview.overlap', { name: o.name, both: number(o.customers_in_both), contacted: number(o.contacted_by_both) })}
          </Notice>
        ))}
        {result.same_template.map((s) => (
          <Notice key={s.playbook_id} kind="warning">
            {t('publish.preview.sameTemplate', { name: s.name })}
          </Notice>
        ))}
      </div>
    </div>
  );
}
