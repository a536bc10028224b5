import type { TFunction } from 'i18next';
import type { Job, Locale } from '../api/types.ts';
import { formatNumber, formatPercent } from '../i18n/localise.ts';

/**
 * Background jobs in words and figures: "Enrolling 45,700 customers… 60%", the short
 * "Enrolling… 60%" of the playbook list, what stopped and what to do about it. Texts come
 * from the `jobs` section of the app's translations; numbers are written the locale's way.
 */

/** How often the editor asks about a job in progress. */
export const JOB_POLL_MS = 1_000;
/** The longest wait between two questions while the server does not answer. */
export const JOB_POLL_MAX_MS = 10_000;

/** Queued or running: still worth asking about. */
export function isActiveJob(job: Pick<Job, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/** The share done, 0–1; null while the size is unknown. A finished job is whole. */
export function jobFraction(job: Pick<Job, 'status' | 'done' | 'total'>): number | null {
  if (job.status === 'done') return 1;
  if (job.total === null || !(job.total > 0) || !Number.isFinite(job.done)) return null;
  return Math.min(1, Math.max(0, job.done / job.total));
}

/** Whole percent done, rounded down so it never says 100 % early; null while the size is unknown. */
export function jobPercent(job: Pick<Job, 'status' | 'done' | 'total'>): number | null {
  const fraction = jobFraction(job);
  return fraction === null ? null : Math.floor(fraction * 100);
}

/** The wait before the next question: a second, doubling after each failure up to ten. */
export function jobPollDelay(failures: number): number {
  if (!(failures > 0)) return JOB_POLL_MS;
  return Math.min(JOB_POLL_MAX_MS, JOB_POLL_MS * 2 ** Math.min(failures, 10));
}

const percentText = (job: Job, locale: Locale): string | null => {
  const percent = jobPercent(job);
  return percent === null ? null : formatPercent(percent / 100, locale, 0);
};

/** The one-line state of a job for the editor: progress, waiting, finished, stopped or cancelled. */
export function jobText(t: TFunction, job: Job, locale: Locale): string {
  const name = t(`jobs.${job.kind}.name`);
  switch (job.status) {
    case 'queued':
      return t('jobs.queued', { what: name });
    case 'running': {
      const what = jobDoing(t, job, locale);
      const percent = percentText(job, locale);
      return percent !== null ? t('jobs.progress', { what, percent }) : t('jobs.progressCount', { what, done: formatNumber(job.done, locale) });
    }
    case 'done':
      return t(`jobs.${job.kind}.done`);
    case 'failed':
      return job.error ? t('jobs.failed', { what: name, error: job.error }) : t('jobs.failedNoReason', { what: name });
    case 'cancelled':
      return t('jobs.cancelled', { what: name });
  }
}

/** What the job does, with its size when known: "Enrolling 45,700 customers". */
export function jobDoing(t: TFunction, job: Job, locale: Locale): string {
  return job.total === null ? t(`jobs.${job.kind}.doingUncounted`) : t(`jobs.${job.kind}.doing`, { count: job.total, n: formatNumber(job.total, locale) });
}

/** The short form for a badge in the playbook list: "Enrolling… 60%". */
export function jobShortText(t: TFunction, job: Job, locale: Locale): string {
  const name = t(`jobs.${job.kind}.short`);
  if (job.status === 'queued') return t('jobs.shortQueued', { what: t(`jobs.${job.kind}.name`) });
  const percent = job.status === 'running' ? percentText(job, locale) : null;
  return percent !== null ? t('jobs.progress', { what: name, percent }) : t('jobs.shortRunning', { what: name });
}

/** What the operator can do after a job stopped; null while it runs or once it finished well. */
export function jobAdvice(t: TFunction, job: Job): string | null {
  return job.status === 'failed' ? t(`jobs.${job.kind}.advice`) : null;
}
