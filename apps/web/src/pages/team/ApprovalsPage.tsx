import type { Playbook } from '@stayflow/playbook';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { Approval, ApprovalStatus } from '../../api/types.ts';
import { EmptyState, InlineError, Loading, Notice } from '../../components/Feedback.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Modal } from '../../components/Modal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNow } from '../../hooks/useNow.ts';
import { usePermission } from '../../hooks/usePermission.ts';
import { formatDateTime, formatRelative } from '../../i18n/localise.ts';
import { notify, useAppStore } from '../../state/appStore.ts';
import { PublishSummary } from '../editor/PublishSummary.tsx';
import { actorName, isSameActor } from './actorName.ts';

type Filter = 'pending' | 'decided';
const DECIDED: readonly ApprovalStatus[] = ['approved', 'rejected', 'withdrawn', 'superseded'];

/** Four-eyes publishing: the publish requests waiting for a second person, and those decided. */
export function ApprovalsPage(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const fourEyes = useAppStore((s) => s.session.status === 'ready' && s.session.fourEyes);
  const [filter, setFilter] = useState<Filter>('pending');
  const approvals = useApi(`approvals:${filter}`, () => (filter === 'pending' ? api.listApprovals({ status: 'pending' }) : api.listApprovals().then((items) => items.filter((a) => DECIDED.includes(a.status)))));
  const [reviewing, setReviewing] = useState<Approval | null>(null);

  return (
    <div className="page">
      <PageHeader title={t('approvals.title')} subtitle={fourEyes ? t('approvals.subtitleOn') : t('approvals.subtitleOff')} />
      <section className="card card-flush">
        <div className="table-toolbar">
          <div className="tabs" role="tablist">
            {(['pending', 'decided'] as const).map((value) => (
              <button key={value} type="button" role="tab" aria-selected={filter === value} className={filter === value ? 'tab active' : 'tab'} onClick={() => setFilter(value)} data-testid={`approvals-${value}`}>
                {t(`approvals.tab.${value}`)}
                {filter === value && approvals.data ? <span className="tab-count">{approvals.data.length}</span> : null}
              </button>
            ))}
          </div>
        </div>
        <Loaded
          state={approvals}
          empty={
            <EmptyState icon="shield" title={t(`approvals.empty.${filter}`)}>
              {fourEyes ? t('approvals.emptyOn') : t('approvals.emptyOff')}
            </EmptyState>
          }
        >
          {(rows) => (
            <table className="table" data-testid="approvals-table">
              <thead>
                <tr>
                  <th>{t('approvals.colPlaybook')}</th>
                  <th>{t('approvals.colRequested')}</th>
                  <th>{t('approvals.colStatus')}</th>
                  <th className="actions-col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((approval) => (
                  <tr key={approval.id} data-testid={`approval-${approval.playbook_id}`} data-status={approval.status}>
                    <td className="cell-main">
                      <Link to={`/playbooks/${encodeURIComponent(approval.playbook_id)}`} className="row-title">
                        {approval.playbook_name}
                      </Link>
                    </td>
                    <td>
                      <div>{actorName(approval.requested_by)}</div>
                      <div className="row-sub" title={formatDateTime(approval.requested_at, locale)}>
                        {formatRelative(approval.requested_at, locale, now)}
                      </div>
                    </td>
                    <td>
                      <div>{t(`approvals.status.${approval.status}`)}</div>
                      {approval.decided_by ? <div className="row-sub">{t('approvals.decidedBy', { who: actorName(approval.decided_by), when: formatRelative(approval.decided_at, locale, now) })}</div> : null}
                      {approval.status === 'approved' && approval.version !== null ? <div className="row-sub">{t('playbooks.version', { n: approval.version })}</div> : null}
                      {approval.reason ? <div className="row-sub">“{approval.reason}”</div> : null}
                    </td>
                    <td className="actions-col">
                      {approval.status === 'pending' ? (
                        <button type="button" className="btn btn-small" onClick={() => setReviewing(approval)} data-testid={`review-${approval.playbook_id}`}>
                          {t('approvals.review')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Loaded>
      </section>
      {reviewing ? (
        <ReviewDialog
          approval={reviewing}
          onClose={() => setReviewing(null)}
          onDecided={(decided) => {
            setReviewing(null);
            approvals.setData((current) => (current ?? []).filter((a) => a.id !== decided.id));
            notify(decided.status === 'approved' ? t('approvals.approvedDone', { name: decided.playbook_name }) : t('approvals.rejectedDone', { name: decided.playbook_name }));
          }}
        />
      ) : null}
    </div>
  );
}

interface Review {
  draft: Playbook;
  live: Playbook | null;
  liveVersion: number | null;
}

/**
 * The request's change summary — the one the publish dialog showed the requester (the draft
 * against the live version; the server refuses if the draft changed since) — then approve,
 * or reject with a reason.
 */
function ReviewDialog({ approval, onClose, onDecided }: { approval: Approval; onClose: () => void; onDecided: (approval: Approval) => void }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const canApprove = usePermission('approve');
  const me = useAppStore((s) => (s.session.status === 'ready' ? s.session.person : null));
  const own = isSameActor(approval.requested_by, me);
  const review = useApi<Review>(`review:${approval.id}`, async () => {
    const view = await api.getPlaybook(approval.playbook_id, locale);
    const live = view.published_version === null ? null : (await api.getVersion(approval.playbook_id, view.published_version)).document;
    return { draft: view.draft, live, liveVersion: view.published_version };
  });
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const blocked = !canApprove.allowed ? canApprove.reason : own ? t('approvals.ownRequest') : null;
  // The requester may withdraw their own request (the server records a rejection by the requester as withdrawn).
  const rejectBlocked = !canApprove.allowed && !own ? canApprove.reason : null;

  const decide = async (action: 'approve' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      onDecided(action === 'approve' ? await api.approve(approval.id, locale) : await api.reject(approval.id, reason.trim()));
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('approvals.reviewTitle', { name: approval.playbook_name })}
      onClose={onClose}
      size="large"
      testId="review-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {rejecting ? (
            <button type="button" className="btn btn-danger" disabled={busy || reason.trim() === '' || rejectBlocked !== null} onClick={() => void decide('reject')} data-testid="reject-confirm">
              {own ? t('approvals.withdrawConfirm') : t('approvals.rejectConfirm')}
            </button>
          ) : (
            <button type="button" className="btn" disabled={busy || rejectBlocked !== null} title={rejectBlocked ?? undefined} onClick={() => setRejecting(true)} data-testid="reject">
              {own ? t('approvals.withdraw') : t('approvals.reject')}
            </button>
          )}
          <button type="button" className="btn btn-primary" disabled={busy || blocked !== null || !review.data || rejecting} title={blocked ?? undefined} onClick={() => void decide('approve')} data-testid="approve">
            {busy ? t('common.working') : t('approvals.approve')}
          </button>
        </>
      }
    >
      <div className="stack">
        <p className="muted">{t('approvals.requestedBy', { who: actorName(approval.requested_by), when: formatDateTime(approval.requested_at, locale) })}</p>
        {approval.summary?.draft_changed ? <Notice kind="warning">{t('approvals.draftChanged')}</Notice> : null}
        {review.error ? <InlineError error={review.error} /> : !review.data ? <Loading /> : <PublishSummary draft={review.data.draft} live={review.data.live} liveVersion={review.data.liveVersion} />}
        {blocked ? (
          <Notice kind="warning">
            <span data-testid="approve-blocked">{blocked}</span>
          </Notice>
        ) : null}
        {rejecting ? (
          <label className="field">
            <span className="field-label">{own ? t('approvals.withdrawReason') : t('approvals.reason')}</span>
            <textarea className="input" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} data-autofocus data-testid="reject-reason" />
          </label>
        ) : null}
        <InlineError error={error} />
      </div>
    </Modal>
  );
}
