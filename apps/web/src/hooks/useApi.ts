import { useCallback, useEffect, useRef, useState } from 'react';
import { takePrefetched } from '../api/prefetch.ts';

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again (keeping the current data on screen meanwhile). */
  reload: () => void;
  /** Replaces the data locally, after a change the server confirmed. */
  setData: (update: T | ((current: T | undefined) => T)) => void;
}

/**
 * Loads server data for a page. `key` names what is loaded: when it changes the
 * data is loaded again, and `null` loads nothing. Answers to an older key are dropped.
 * The first load takes an answer a route's loader prefetched under the same key.
 */
export function useApi<T>(key: string | null, load: () => Promise<T>): ApiState<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(key !== null);
  const [nonce, setNonce] = useState(0);
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });
  const loadedKey = useRef<string | null>(null);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    if (loadedKey.current !== key) setDataState(undefined);
    loadedKey.current = key;
    setLoading(true);
    setError(undefined);
    const prefetched = nonce === 0 ? takePrefetched<T>(key) : undefined;
    (prefetched ?? loader.current()).then(
      (value) => {
        if (!current) return;
        setDataState(value);
        setLoading(false);
      },
      (cause: unknown) => {
        if (!current) return;
        setError(cause);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const setData = useCallback((update: T | ((current: T | undefined) => T)) => {
    setDataState((current) => (typeof update === 'function' ? (update as (c: T | undefined) => T)(current) : update));
  }, []);
  return { data, error, loading, reload, setData };
}
