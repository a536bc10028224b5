import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../api/types.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { isActiveJob, jobAdvice, jobDoing, jobPercent, jobText } from '../lib/jobProgress.ts';
import { Icon } from './Icon.tsx';

interface JobProgressProps {
  job: Job;
  /** The last answer is old: the server did not answer the latest question. */
  stale?: boolean;
  onDismiss?: () => void;
}

/**
 * One background job next to the editor's status badge: a slim bar and "Enrolling 45,700
 * customers… 60%", then the done message, or why it stopped and what to do. Screen readers
 * hear the changes of state (started, finished, stopped), not every percent.
 */
export function JobProgress({ job, stale = false, onDismiss }: JobProgressProps): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = jobText(t, job, locale);
  const advice = jobAdvice(t, job);
  const active = isActiveJob(job);
  const percent = jobPercent(job);
  const announcement = job.status === 'running' ? jobDoing(t, job, locale) : advice ? `${text} ${advice}` : text;
  return (
    <div className={`job-progress job-${job.status}`} data-testid="job-progress" data-status={job.status} data-kind={job.kind}>
      {active ? (
        <span
          className={percent === null || job.status === 'queued' ? 'job-bar job-bar-indeterminate' : 'job-bar'}
          role="progressbar"
          aria-label={t(`jobs.${job.kind}.name`)}
          aria-valuemin={0}
          aria-valuemax={100}
          {...(percent !== null && job.status === 'running' ? { 'aria-valuenow': percent } : {})}
          aria-valuetext={text}
        >
          <span className="job-bar-fill" style={percent !== null && job.status === 'running' ? { width: `${percent}%` } : undefined} />
        </span>
      ) : (
        <Icon name={job.status === 'done' ? 'check' : 'alert'} size={14} />
      )}
      <span className="job-text" title={text} aria-hidden="true" data-testid="job-text">
        {text}
        {stale ? <span className="job-stale"> · {t('jobs.reconnecting')}</span> : null}
      </span>
      {onDismiss && !active && job.status !== 'done' ? (
        <button type="button" className="icon-btn" onClick={onDismiss} aria-label={t('common.close')} data-testid="job-dismiss">
          <Icon name="close" size={14} />
        </button>
      ) : null}
      {advice ? (
        <span className="job-advice" aria-hidden="true" data-testid="job-advice">
          {advice}
        </span>
      ) : null}
      <span className="sr-only" role="status">
        {announcement}
      </span>
    </div>
  );
}
