import type { ReactElement, ReactNode } from 'react';
import type { ApiState } from '../hooks/useApi.ts';
import { ErrorState, Loading } from './Feedback.tsx';

/**
 * What a page shows for data read with `useApi`: the error (with a retry) while nothing has
 * loaded, a spinner until the first answer, `empty` for an empty list, then `children` with
 * the data (kept on screen while it reloads).
 */
export function Loaded<T>({ state, empty, children }: { state: ApiState<T>; empty?: ReactNode; children: (data: T) => ReactNode }): ReactElement {
  if (state.error && state.data === undefined) return <ErrorState error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  if (empty !== undefined && Array.isArray(state.data) && state.data.length === 0) return <>{empty}</>;
  return <>{children(state.data)}</>;
}
