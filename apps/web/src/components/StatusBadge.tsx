import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookStatus } from '../api/types.ts';

export function StatusBadge({ status }: { status: PlaybookStatus }): ReactElement {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-status badge-${status}`} data-testid="status-badge" data-status={status}>
      <span className="badge-dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
