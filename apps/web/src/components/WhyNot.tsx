import type { ReactElement, ReactNode } from 'react';

/**
 * A control the current role cannot use, with the reason on hover: the wrapper holds the
 * tooltip because a disabled button gets no pointer events. Nothing is added when allowed.
 */
export function WhyNot({ reason, children }: { reason: string | null; children: ReactNode }): ReactElement {
  if (reason === null) return <>{children}</>;
  return (
    <span className="disabled-reason" title={reason} data-reason={reason}>
      {children}
    </span>
  );
}
