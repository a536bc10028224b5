import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/Feedback.tsx';
import { usePermission } from '../../hooks/usePermission.ts';

/** Admin pages opened by address by someone else: says so instead of a row of 403s. */
export function AdminOnly({ children }: { children: ReactNode }): ReactElement {
  const { t } = useTranslation();
  const admin = usePermission('admin');
  if (admin.allowed) return <>{children}</>;
  return (
    <div className="page" data-testid="admin-only">
      <EmptyState icon="shield" title={t('permissions.adminTitle')}>
        {admin.reason}
      </EmptyState>
    </div>
  );
}
