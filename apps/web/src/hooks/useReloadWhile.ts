import { useEffect } from 'react';
import type { ApiState } from './useApi.ts';
import { usePageVisible } from './usePageVisible.ts';

/**
 * While `active` and the tab is visible, loads `state` again `delayMs` after each answer
 * (or failure) arrived — never two requests at once, so a slow server never gets a pile of
 * them; nothing is asked while the tab is hidden or once `active` is false.
 */
export function useReloadWhile(state: Pick<ApiState<unknown>, 'loading' | 'reload'>, active: boolean, delayMs: number): void {
  const visible = usePageVisible();
  const { loading, reload } = state;
  useEffect(() => {
    if (!active || loading || !visible) return;
    const timer = setTimeout(reload, delayMs);
    return () => clearTimeout(timer);
  }, [active, loading, visible, reload, delayMs]);
}
