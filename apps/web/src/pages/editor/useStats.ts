import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { PlaybookStats } from '../../api/types.ts';
import { usePageVisible } from '../../hooks/usePageVisible.ts';

const REFRESH_MS = 10_000;

/** A published playbook's counts, refreshed every 10 seconds while shown and the tab is visible. */
export function useStats(id: string, enabled: boolean): { stats: PlaybookStats | null; error: unknown; updatedAt: number | null } {
  const visible = usePageVisible();
  const [stats, setStats] = useState<PlaybookStats | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled || !visible) return;
    let current = true;
    const load = () =>
      api.getStats(id).then(
        (answer) => {
          if (!current) return;
          setStats(answer);
          setError(null);
          setUpdatedAt(Date.now());
        },
        (cause: unknown) => current && setError(cause),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [id, enabled, visible]);
  return { stats: enabled ? stats : null, error, updatedAt };
}
