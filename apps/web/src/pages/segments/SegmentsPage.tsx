import { useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Segment } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { DownloadCsvButton } from '../../components/DownloadCsvButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePermission } from '../../hooks/usePermission.ts';
import { WhyNot } from '../../components/WhyNot.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNow } from '../../hooks/useNow.ts';
import { formatDateTime, formatNumber, formatPercent, formatRelative } from '../../i18n/localise.ts';
import { describeLogic } from '../../lib/describeLogic.ts';
import { segmentDescription, segmentName } from '../../lib/vocabulary.ts';
import { editorFields } from '../editor/editorFields.ts';
import { AtRiskDefinition } from './AtRiskDefinition.tsx';
import { SegmentDialog } from './SegmentDialog.tsx';
import { useSegmentList } from './useSegmentList.ts';

export function SegmentsPage(): ReactElement {
  const { t } = useTranslation();
  const canChange = usePermission('segments');
  const locale = useLocale();
  const now = useNow();
  const segments = useSegmentList();
  const list = segments.data?.segments;
  const total = useApi('customers:total', () => api.listCustomers({ limit: 1 }).then((r) => r.total));
  const [editing, setEditing] = useState<Segment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Segment | null>(null);
  const customers = useApi('customers:100', () => api.listCustomers({ limit: 100 }));
  const fields = useMemo(() => editorFields(customers.data?.customers ?? [], list ?? [], null), [customers.data, list]);
  const sorted = useMemo(() => [...(list ?? [])].sort((a, b) => b.members - a.members), [list]);
  const countedAt = segments.data?.members_counted_at;
  // Servers before v1.1 say nothing about recounts: then no line is shown.
  const counted = segments.data?.recounting
    ? t('segments.recounting')
    : countedAt === undefined
      ? null
      : countedAt === null
        ? t('segments.notCounted')
        : t('segments.counted', { when: formatRelative(countedAt, locale, now) });

  return (
    <div className="page">
      <PageHeader
        title={t('segments.title')}
        subtitle={t('segments.subtitle')}
        actions={
          <WhyNot reason={canChange.reason}>
            <button type="button" className="btn btn-primary" onClick={() => setEditing('new')} disabled={!canChange.allowed} data-testid="new-segment">
              <Icon name="plus" /> {t('segments.new')}
            </button>
          </WhyNot>
        }
      />
      {segments.error && !segments.data ? (
        <ErrorState error={segments.error} onRetry={segments.reload} />
      ) : !segments.data ? (
        <Loading label={t('segments.loading')} />
      ) : sorted.length === 0 ? (
        <EmptyState icon="segments" title={t('segments.emptyTitle')}>
          {t('segments.emptyBody')}
        </EmptyState>
      ) : (
        <div className="card-grid card-grid-wide">
          {sorted.map((segment) => (
            <article key={segment.name} className="card segment-card" data-testid={`segment-${segment.name}`}>
              <header className="segment-head">
                <div>
                  <h3>{segmentName(segment.name, locale)}</h3>
                  {segmentName(segment.name, locale) !== segment.name ? <span className="mono muted small">{segment.name}</span> : null}
                </div>
                <div className="segment-count">
                  <strong>{formatNumber(segment.members, locale)}</strong>
                  <span className="muted small">{total.data ? t('segments.share', { share: formatPercent(segment.members / Math.max(1, total.data), locale) }) : t('segments.members')}</span>
                  {counted ? (
                    <span className="muted small segment-counted" title={countedAt ? formatDateTime(countedAt, locale) : undefined} data-testid={`segment-counted-${segment.name}`}>
                      {counted}
                    </span>
                  ) : null}
                </div>
              </header>
              {total.data ? (
                <div className="meter" aria-hidden="true">
                  <span style={{ width: `${Math.min(100, (segment.members / Math.max(1, total.data)) * 100)}%` }} />
                </div>
              ) : null}
              {segment.description ? <p className="segment-description">{segmentDescription(segment.name, segment.description, locale)}</p> : null}
              <div className="rule">
                <span className="rule-label">{t('segments.rule')}</span>
                <p>{describeLogic(segment.if, locale)}</p>
              </div>
              {segment.name === 'at_risk' ? <AtRiskDefinition onChanged={segments.reload} /> : null}
              <footer className="segment-foot">
                <span className="muted small">{t('segments.updated', { when: formatRelative(segment.updated_at, locale, now) })}</span>
                <div className="row">
                  <DownloadCsvButton request={{ kind: 'segment', segment: segment.name }} testId={`segment-csv-${segment.name}`} />
                  <WhyNot reason={canChange.reason}>
                    <button type="button" className="btn btn-small" onClick={() => setEditing(segment)} disabled={!canChange.allowed} data-testid={`edit-segment-${segment.name}`}>
                      <Icon name="edit" /> {t('segments.edit')}
                    </button>
                  </WhyNot>
                  <WhyNot reason={canChange.reason}>
                    <button type="button" className="btn btn-small btn-ghost" onClick={() => setDeleting(segment)} aria-label={t('segments.delete')} title={canChange.reason ?? t('segments.delete')} disabled={!canChange.allowed} data-testid={`delete-segment-${segment.name}`}>
                      <Icon name="trash" />
                    </button>
                  </WhyNot>
                </div>
              </footer>
            </article>
          ))}
        </div>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('segments.deleteTitle', { name: segmentName(deleting.name, locale) })}
          confirmLabel={t('segments.delete')}
          danger
          testId="delete-segment-dialog"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.deleteSegment(deleting.name);
            segments.reload();
          }}
        >
          {t('segments.deleteBody')}
        </ConfirmDialog>
      ) : null}
      {editing ? (
        <SegmentDialog
          segment={editing === 'new' ? null : editing}
          taken={(list ?? []).map((s) => s.name)}
          fields={fields}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            segments.reload();
          }}
        />
      ) : null}
    </div>
  );
}
