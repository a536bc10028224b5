import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { PlaybookStats } from '../../api/types.ts';
import { usePageVisible } from '../../hooks/usePageVisible.ts';

const REFRESH_MS = 10_000;

/**
 * A published playbook's counts, refreshed every 10 seconds while shown and the tab is
 * visible; with `days`, for the customers who entered in the last `days` days.
 */
export function useStats(id: string, enabled: boolean, days?: number): { stats: PlaybookStats | null; error: unknown; updatedAt: number | null } {
  const visible = usePageVisible();
  // Kept with what it counts, so another window never shows the previous one's numbers.
  const key = `${id}:${days ?? 'all'}`;
  const [stats, setStats] = useState<{ key: string; value: PlaybookStats } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled || !visible) return;
    let current = true;
    const load = () =>
      api.getStats(id, days).then(
        (answer) => {
          if (!current) return;
          setStats({ key, value: answer });
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
  }, [id, enabled, visible, days, key]);
  return { stats: enabled && stats?.key === key ? stats.value : null, error, updatedAt };
}
