import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Approval } from '../../api/types.ts';
import { actorName } from '../team/actorName.ts';

/** The state of the newest publish request for a playbook (four-eyes publishing), beside its status. */
export function ApprovalState({ approval }: { approval: Approval }): ReactElement {
  const { t } = useTranslation();
  const kind = approval.status === 'pending' ? 'chip-warning' : approval.status === 'approved' ? 'chip-success' : 'chip-removed';
  const text =
    approval.status === 'pending'
      ? t('approvals.state.pending', { who: actorName(approval.requested_by) })
      : approval.status === 'approved'
        ? t('approvals.state.approved', { who: actorName(approval.decided_by) })
        : approval.status === 'rejected'
          ? t('approvals.state.rejected', { who: actorName(approval.decided_by) })
          : t(`approvals.status.${approval.status}`);
  return (
    <Link to="/approvals" className={`chip ${kind}`} data-testid="approval-state" data-status={approval.status} title={approval.status === 'rejected' && approval.reason ? approval.reason : undefined}>
      {text}
    </Link>
  );
}
