import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError.ts';
import { api } from '../../api/client.ts';
import type { Job } from '../../api/types.ts';
import { usePageVisible } from '../../hooks/usePageVisible.ts';
import { isActiveJob, jobPollDelay } from '../../lib/jobProgress.ts';

/** How long "Enrolment finished" stays next to the status badge. */
const JOB_DONE_SHOWN_MS = 8_000;

export interface TrackedJob {
  job: Job;
  /** The last question about it went unanswered: the figures shown may be behind. */
  stale: boolean;
}

export interface PlaybookJobs {
  jobs: TrackedJob[];
  /** Follows a job (from publishing, or the playbook's `jobs`); a newer answer about the same job replaces the older. */
  track: (job: Job) => void;
  /** Hides a stopped or cancelled job once the operator has read it. */
  dismiss: (id: string) => void;
}

/**
 * The background work of the playbook open in the editor. Each active job is asked about
 * (`GET /api/jobs/:id`) one second after the previous answer — never two questions at once,
 * longer waits while the server does not answer, none while the tab is hidden or once the
 * editor is left. A finished job shows its done message for a few seconds; a failed one
 * stays until dismissed. A job the server no longer knows is dropped.
 */
export function usePlaybookJobs(initial: readonly Job[]): PlaybookJobs {
  const [jobs, setJobs] = useState<TrackedJob[]>(() => initial.filter(isActiveJob).map((job) => ({ job, stale: false })));
  const visible = usePageVisible();
  const doneTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const remove = useCallback((id: string) => {
    const timer = doneTimers.current.get(id);
    if (timer !== undefined) clearTimeout(timer);
    doneTimers.current.delete(id);
    setJobs((current) => current.filter((entry) => entry.job.id !== id));
  }, []);

  const track = useCallback(
    (job: Job) => {
      setJobs((current) => {
        const index = current.findIndex((entry) => entry.job.id === job.id);
        const entry = { job, stale: false };
        return index === -1 ? [...current, entry] : current.map((old, i) => (i === index ? entry : old));
      });
      if (job.status === 'done' && !doneTimers.current.has(job.id)) {
        doneTimers.current.set(
          job.id,
          setTimeout(() => remove(job.id), JOB_DONE_SHOWN_MS),
        );
      }
    },
    [remove],
  );

  const markStale = useCallback((id: string) => {
    setJobs((current) => current.map((entry) => (entry.job.id === id && !entry.stale ? { ...entry, stale: true } : entry)));
  }, []);

  useEffect(() => {
    const timers = doneTimers.current;
    return () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    };
  }, []);

  // The ids still worth asking about, as one value so the loop restarts only when that set changes.
  const activeIds = useMemo(
    () =>
      jobs
        .filter((entry) => isActiveJob(entry.job))
        .map((entry) => entry.job.id)
        .join('\n'),
    [jobs],
  );

  useEffect(() => {
    if (activeIds === '' || !visible) return;
    const ids = activeIds.split('\n');
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const ask = async () => {
      let failed = false;
      for (const id of ids) {
        try {
          const job = await api.getJob(id, controller.signal);
          if (controller.signal.aborted) return;
          track(job);
        } catch (cause) {
          if (controller.signal.aborted) return;
          if (cause instanceof ApiError && cause.status === 404) remove(id);
          else {
            failed = true;
            markStale(id);
          }
        }
      }
      failures = failed ? failures + 1 : 0;
      timer = setTimeout(() => void ask(), jobPollDelay(failures));
    };
    timer = setTimeout(() => void ask(), jobPollDelay(0));
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [activeIds, visible, track, remove, markStale]);

  return { jobs, track, dismiss: remove };
}
