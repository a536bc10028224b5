import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../api/types.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { jobPercent, jobShortText, jobText } from '../lib/jobProgress.ts';

/** A job running for a playbook, as a small badge in the playbook list: "Enrolling… 60%" over a thin bar. */
export function JobBadge({ job }: { job: Job }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const percent = job.status === 'running' ? jobPercent(job) : null;
  const full = jobText(t, job, locale);
  return (
    <span
      className="job-badge"
      data-testid={`job-badge-${job.playbook ?? job.id}`}
      data-status={job.status}
      data-kind={job.kind}
      title={full}
      role="progressbar"
      aria-label={t(`jobs.${job.kind}.name`)}
      aria-valuemin={0}
      aria-valuemax={100}
      {...(percent !== null ? { 'aria-valuenow': percent } : {})}
      aria-valuetext={full}
    >
      <span className="job-badge-text">{jobShortText(t, job, locale)}</span>
      <span className={percent === null ? 'job-bar job-bar-indeterminate' : 'job-bar'} aria-hidden="true">
        <span className="job-bar-fill" style={percent !== null ? { width: `${percent}%` } : undefined} />
      </span>
    </span>
  );
}
