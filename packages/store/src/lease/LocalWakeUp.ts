import type { WakeTopic, WakeUp } from '../Store.ts';

/**
 * The wake-up of one process (SQLite): a signal calls this process's listeners of the topic,
 * soon after (a microtask), never inside the caller's own stack. Nothing can be missed, so
 * nobody needs to poll.
 */
export class LocalWakeUp implements WakeUp {
  readonly pollMs: number;
  private readonly listeners = new Map<WakeTopic, Set<() => void>>();

  constructor(pollMs = Number.POSITIVE_INFINITY) {
    this.pollMs = pollMs;
  }

  signal(topic: WakeTopic): void {
    const listeners = this.listeners.get(topic);
    if (listeners === undefined || listeners.size === 0) return;
    queueMicrotask(() => {
      for (const listener of [...listeners]) listener();
    });
  }

  on(topic: WakeTopic, listener: () => void): () => void {
    let listeners = this.listeners.get(topic);
    if (listeners === undefined) this.listeners.set(topic, (listeners = new Set()));
    listeners.add(listener);
    return () => listeners.delete(listener);
  }
}
