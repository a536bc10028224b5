import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { errorMessage } from '../api/ApiError.ts';

/** When a page itself fails (a chunk that did not load after an upgrade, a bug): a sentence and a way back. */
export function RouteError(): ReactElement {
  const { t } = useTranslation();
  const error = useRouteError();
  const chunk = error instanceof Error && /dynamically imported module|Failed to fetch|Importing a module script failed/i.test(error.message);
  return (
    <div className="fatal">
      <h1>{t('errors.pageFailedTitle')}</h1>
      <p>{chunk ? t('errors.chunkFailed') : t('errors.pageFailed')}</p>
      {!chunk ? <p className="muted small mono">{errorMessage(error)}</p> : null}
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
        <Link className="btn" to="/playbooks">
          {t('nav.playbooks')}
        </Link>
      </div>
    </div>
  );
}
