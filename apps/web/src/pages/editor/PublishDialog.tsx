import type { Playbook } from '@stayflow/playbook';
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError.ts';
import { api } from '../../api/client.ts';
import type { Approval, Job, PlaybookView, Problem } from '../../api/types.ts';
import { useAppStore } from '../../state/appStore.ts';
import { InlineError, Loading, Notice } from '../../components/Feedback.tsx';
import { Modal } from '../../components/Modal.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { PublishSummary } from './PublishSummary.tsx';
import { PublishPreviewPanel } from './PublishPreviewPanel.tsx';
import type { PreviewResult } from '../../api/previewTypes.ts';

type Check =
  | { kind: 'checking' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'invalid'; errors: Problem[]; warnings: Problem[]; draft: Playbook }
  | { kind: 'ready'; draft: Playbook; warnings: Problem[]; live: Playbook | null; liveVersion: number | null };

interface PublishDialogProps {
  id: string;
  /** Saves pending edits first, so what is checked is what gets published. */
  flush: () => Promise<void>;
  onClose: () => void;
  /** `job`: enrolment or arming still under way when the server answered (the editor follows it). */
  onPublished: (version: number, view: PlaybookView | null, job: Job | null) => void;
  /** Four-eyes publishing: the publish became a request another editor or an admin approves. */
  onRequested: (approval: Approval) => void;
}

/**
 * Publishing: saves, checks the draft on the server, then shows what goes live —
 * the changes against the live version, or (first time) what the playbook does.
 * An invalid draft cannot be published: its problems are listed instead.
 */
export function PublishDialog({ id, flush, onClose, onPublished, onRequested }: PublishDialogProps): ReactElement {
  const { t } = useTranslation();
  const fourEyes = useAppStore((s) => s.session.status === 'ready' && s.session.fourEyes);
  const locale = useLocale();
  const [check, setCheck] = useState<Check>({ kind: 'checking' });
  const [publishing, setPublishing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The preview's overlaps with live playbooks: publishing then needs "publish anyway" ticked.
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [anyway, setAnyway] = useState(false);
  const onPreview = useCallback((result: PreviewResult | null) => {
    setPreview(result);
    setAnyway(false);
  }, []);
  const overlapping = preview !== null && (preview.overlaps.length > 0 || preview.same_template.length > 0);

  useEffect(() => {
    let current = true;
    (async () => {
      await flush();
      const view = await api.getPlaybook(id, locale);
      if (!view.validation.valid) return { kind: 'invalid', errors: view.validation.errors, warnings: view.validation.warnings, draft: view.draft } as const;
      const live = view.published_version === null ? null : (await api.getVersion(id, view.published_version)).document;
      return { kind: 'ready', draft: view.draft, warnings: view.validation.warnings, live, liveVersion: view.published_version } as const;
    })().then(
      (result) => current && setCheck(result),
      (cause: unknown) => current && setCheck({ kind: 'failed', error: cause }),
    );
    return () => {
      current = false;
    };
  }, [id, locale, flush]);

  const publish = async () => {
    setPublishing(true);
    setError(null);
    try {
      const acknowledged = overlapping ? { horizon_days: preview.horizon_days, overlaps: preview.overlaps, same_template: preview.same_template } : undefined;
      const outcome = await api.publishPlaybook(id, locale, acknowledged);
      if (outcome.kind === 'requested') return onRequested(outcome.approval);
      const view = await api.getPlaybook(id, locale).catch(() => null);
      onPublished(outcome.version, view, outcome.job);
    } catch (cause) {
      if (cause instanceof ApiError && cause.problems.length > 0 && check.kind === 'ready') setCheck({ kind: 'invalid', errors: cause.problems, warnings: [], draft: check.draft });
      else setError(cause);
      setPublishing(false);
    }
  };

  let body: ReactElement;
  switch (check.kind) {
    case 'checking':
      body = <Loading label={t('publish.checking')} />;
      break;
    case 'failed':
      body = <InlineError error={check.error} />;
      break;
    case 'invalid':
      body = (
        <div className="stack" data-testid="publish-problems">
          <Notice kind="danger">{t('publish.blocked', { count: check.errors.length })}</Notice>
          <ProblemList problems={check.errors} document={check.draft} />
        </div>
      );
      break;
    case 'ready': {
      body = (
        <div className="stack">
          <PublishSummary draft={check.draft} live={check.live} liveVersion={check.liveVersion} />
          <PublishPreviewPanel id={id} onOverlaps={onPreview} />
          {overlapping ? (
            <label className="checkbox" data-testid="publish-anyway">
              <input type="checkbox" checked={anyway} onChange={(e) => setAnyway(e.target.checked)} /> {t('publish.preview.publishAnyway')}
            </label>
          ) : null}
          {check.warnings.length > 0 ? (
            <>
              <h4 className="subhead">{t('publish.warnings', { count: check.warnings.length })}</h4>
              <ProblemList problems={check.warnings} document={check.draft} kind="warning" />
            </>
          ) : null}
          {fourEyes ? <Notice>{t('approvals.fourEyesNote')}</Notice> : null}
          <InlineError error={error} />
        </div>
      );
      break;
    }
  }

  return (
    <Modal
      title={t('publish.title')}
      onClose={onClose}
      testId="publish-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {check.kind === 'invalid' ? t('publish.backToEditing') : t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={check.kind !== 'ready' || publishing || (overlapping && !anyway)} onClick={() => void publish()} data-testid="publish-confirm">
            {fourEyes ? (publishing ? t('approvals.requesting') : t('approvals.request')) : publishing ? t('publish.publishing') : check.kind === 'ready' && check.live ? t('publish.confirmUpdate') : t('publish.confirm')}
          </button>
        </>
      }
    >
      {body}
    </Modal>
  );
}
