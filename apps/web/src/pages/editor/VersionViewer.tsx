import type { Playbook } from '@stayflow/playbook';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ErrorState, Loading } from '../../components/Feedback.tsx';
import { Modal } from '../../components/Modal.tsx';
import { PlaybookEditor } from '../../editor/editorModule.ts';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDateTime } from '../../i18n/localise.ts';

/** One published version, read-only, with the option to start the draft again from it. */
export function VersionViewer({ id, version, onRestore, onClose }: { id: string; version: number; onRestore: (document: Playbook) => void; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const record = useApi(`version:${id}:${version}`, () => api.getVersion(id, version));
  const [confirming, setConfirming] = useState(false);
  return (
    <Modal
      title={record.data ? t('history.viewerTitle', { n: version, date: formatDateTime(record.data.published_at, locale) }) : t('history.version', { n: version })}
      onClose={onClose}
      size="full"
      testId="version-viewer"
      footer={
        confirming ? (
          <>
            <span className="muted">{t('history.restoreConfirm')}</span>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => record.data && onRestore({ ...record.data.document, id })}>
              {t('history.restore')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>
              {t('common.close')}
            </button>
            <button type="button" className="btn" disabled={!record.data} onClick={() => setConfirming(true)}>
              {t('history.restoreAsDraft')}
            </button>
          </>
        )
      }
    >
      {record.error ? (
        <ErrorState error={record.error} onRetry={record.reload} />
      ) : !record.data ? (
        <Loading />
      ) : (
        <div className="viewer-canvas">
          <PlaybookEditor document={record.data.document} onChange={() => undefined} locale={locale} readOnly />
        </div>
      )}
    </Modal>
  );
}
