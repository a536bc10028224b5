import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { PublishAcknowledgement } from '../../api/previewTypes.ts';
import { EmptyState, ErrorState, Loading } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Drawer } from '../../components/Modal.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNow } from '../../hooks/useNow.ts';
import { formatDateTime, formatRelative } from '../../i18n/localise.ts';

/** The overlaps a version's publisher saw in the preview and published anyway. */
function AcknowledgedOverlaps({ acknowledged }: { acknowledged: PublishAcknowledgement }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <div className="version-acknowledged small" data-testid="version-acknowledged">
      <Icon name="alert" /> {t('history.acknowledged', { days: acknowledged.horizon_days })}
      <ul>
        {acknowledged.overlaps.map((o) => (
          <li key={`o-${o.playbook_id}`}>{t('history.acknowledgedOverlap', { name: o.name, both: number(o.customers_in_both), contacted: number(o.contacted_by_both) })}</li>
        ))}
        {acknowledged.same_template.map((s) => (
          <li key={`t-${s.playbook_id}`}>{t('history.acknowledgedSameTemplate', { name: s.name })}</li>
        ))}
      </ul>
    </div>
  );
}

/** Published versions, newest first; each can be opened read-only; a version published over overlaps says which. */
export function HistoryPanel({ id, liveVersion, refreshKey, onView, onClose }: { id: string; liveVersion: number | null; refreshKey: number; onView: (version: number) => void; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const versions = useApi(`versions:${id}:${refreshKey}`, () => api.listVersions(id));
  return (
    <Drawer title={t('history.title')} onClose={onClose} testId="history-panel">
      {versions.error ? (
        <ErrorState error={versions.error} onRetry={versions.reload} />
      ) : !versions.data ? (
        <Loading />
      ) : versions.data.length === 0 ? (
        <EmptyState icon="history" title={t('history.emptyTitle')}>
          {t('history.emptyBody')}
        </EmptyState>
      ) : (
        <ol className="version-list">
          {versions.data.map((version) => (
            <li key={version.version} className="version-item" data-testid={`version-${version.version}`}>
              <div>
                <div className="version-name">
                  {t('history.version', { n: version.version })}
                  {version.version === liveVersion ? <span className="badge badge-live small-badge">{t('history.current')}</span> : null}
                </div>
                <div className="muted small" title={formatDateTime(version.published_at, locale)}>
                  {t('history.publishedAt', { when: formatRelative(version.published_at, locale, now), date: formatDateTime(version.published_at, locale) })}
                </div>
                {version.acknowledged ? <AcknowledgedOverlaps acknowledged={version.acknowledged} /> : null}
              </div>
              <button type="button" className="btn btn-small" onClick={() => onView(version.version)}>
                <Icon name="eye" /> {t('history.view')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </Drawer>
  );
}
