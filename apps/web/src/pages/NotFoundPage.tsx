import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/Feedback.tsx';

export function NotFoundPage(): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="page">
      <EmptyState
        title={t('notFound.title')}
        action={
          <Link className="btn btn-primary" to="/playbooks">
            {t('notFound.back')}
          </Link>
        }
      >
        {t('notFound.body')}
      </EmptyState>
    </div>
  );
}
