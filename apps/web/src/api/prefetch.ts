import { ApiError } from './ApiError.ts';

/**
 * Answers started before the page that needs them is loaded: a route's loader starts
 * them while the page's code downloads, and `useApi` takes the one for its key instead
 * of asking again. An answer is taken once, and only while fresh.
 */
const FRESH_MS = 10_000;

const started = new Map<string, { answer: Promise<unknown>; at: number }>();

export function prefetch(key: string, load: () => Promise<unknown>): void {
  const existing = started.get(key);
  if (existing && Date.now() - existing.at < FRESH_MS) return;
  const answer = load();
  // A failure is the taker's to show; one nobody takes is not an unhandled rejection.
  // A 401 (signed out) is dropped: the page asks again once someone has signed in.
  answer.catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && started.get(key)?.answer === answer) started.delete(key);
  });
  started.set(key, { answer, at: Date.now() });
}

export function takePrefetched<T>(key: string): Promise<T> | undefined {
  const entry = started.get(key);
  started.delete(key);
  return entry && Date.now() - entry.at < FRESH_MS ? (entry.answer as Promise<T>) : undefined;
}
