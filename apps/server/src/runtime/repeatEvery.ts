/**
 * The wall-clock loop for hourly background work that is not a customer's timer (pruning,
 * segment recounts): `task` runs `firstAfterMs` after the call, then `everyMs` after each run
 * has settled, so two never overlap; a failure goes to `onError` and the loop goes on. The
 * timer is unref'd (it never keeps the process alive). Returns the function that stops it.
 *
 * Why not the Scheduler's persisted timers: those are customers' and playbooks' timers that
 * `Runtime.fireDue` turns into engine inputs; the work here is already persisted as a job
 * (the JobRunner resumes it after a restart), so only the wake-up is needed.
 */
export function repeatEvery(task: () => Promise<unknown>, options: { everyMs: number; firstAfterMs?: number; onError: (error: unknown) => void }): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      task()
        .catch(options.onError)
        .finally(() => schedule(options.everyMs));
    }, delay);
    timer.unref();
  };
  schedule(options.firstAfterMs ?? 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
