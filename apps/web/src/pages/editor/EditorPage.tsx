import type { Playbook } from '@stayflow/playbook';
import { useCallback, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { Approval, Highlight, PlaybookStatus, PlaybookView } from '../../api/types.ts';
import { errorText } from '../../components/errorText.ts';
import { ErrorState, Loading } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { JobProgress } from '../../components/JobProgress.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { PlaybookEditor } from '../../editor/editorModule.ts';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { usePermission } from '../../hooks/usePermission.ts';
import { ApprovalState } from './ApprovalState.tsx';
import { localisedName } from '../../i18n/localise.ts';
import { customerName } from '../../lib/customerName.ts';
import { nodeTitle, portName } from '../../lib/describePlaybook.ts';
import { diffPlaybooks, isEmptyDiff } from '../../lib/playbookDiff.ts';
import { notify, useAppStore } from '../../state/appStore.ts';
import { editorFields } from './editorFields.ts';
import { EnrolDialog } from './EnrolDialog.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { previewRenderer } from './previewRenderer.ts';
import { PublishDialog } from './PublishDialog.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { StatsPanel } from './StatsPanel.tsx';
import { TestRunPanel } from './TestRunPanel.tsx';
import { useAutosave } from './useAutosave.ts';
import { usePlaybookJobs } from './usePlaybookJobs.ts';
import { useStats } from './useStats.ts';
import { VersionViewer } from './VersionViewer.tsx';

type Panel = 'test' | 'history' | 'stats' | null;

export function EditorPage(): ReactElement {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const loaded = useApi(`playbook:${id}`, () => api.getPlaybook(id, 'en'));
  if (loaded.error && !loaded.data) {
    return (
      <div className="page">
        <BackLink />
        <ErrorState error={loaded.error} onRetry={loaded.reload} title={t('editor.loadFailed')} />
      </div>
    );
  }
  if (!loaded.data) return <Loading label={t('editor.loading')} />;
  return <LoadedEditor key={id} initial={loaded.data} />;
}

function BackLink(): ReactElement {
  const { t } = useTranslation();
  return (
    <Link to="/playbooks" className="back-link">
      <Icon name="back" /> {t('nav.playbooks')}
    </Link>
  );
}

function LoadedEditor({ initial }: { initial: PlaybookView }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = initial.id;
  const [doc, setDoc] = useState<Playbook>(initial.draft);
  const [status, setStatus] = useState<PlaybookStatus>(initial.status);
  const [liveVersion, setLiveVersion] = useState<number | null>(initial.published_version);
  const [panel, setPanel] = useState<Panel>(null);
  const [publishing, setPublishing] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const [enrolling, setEnrolling] = useState(false);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
  const [switching, setSwitching] = useState(false);
  const [selectedStep, setSelectedStep] = useState<string | null>(null);
  const canEdit = usePermission('edit');
  const canPublish = usePermission('publish');
  const canSwitch = usePermission('pauseResume');
  const fourEyes = useAppStore((s) => s.session.status === 'ready' && s.session.fourEyes);
  // The newest publish request for this playbook (four-eyes), shown beside the status.
  const approvals = useApi(`approvals:${id}`, () => api.listApprovals({ playbook: id }).catch(() => [] as Approval[]));
  const latestApproval = approvals.data?.slice().sort((a, b) => b.requested_at.localeCompare(a.requested_at))[0] ?? null;

  const onSaved = useCallback((view: PlaybookView) => {
    setStatus(view.status);
    setLiveVersion(view.published_version);
  }, []);
  const autosave = useAutosave(id, locale, onSaved);
  const jobs = usePlaybookJobs(initial.jobs ?? []);

  const live = useApi(liveVersion === null ? null : `live:${id}:${liveVersion}`, () => api.getVersion(id, liveVersion!));
  const customers = useApi('customers:100', () => api.listCustomers({ limit: 100 }));
  const segments = useApi('segments', api.listSegments);
  const [statsDays, setStatsDays] = useState<number | undefined>(undefined);
  const { stats, error: statsError, updatedAt } = useStats(id, panel === 'stats' && liveVersion !== null, statsDays);

  const change = useCallback(
    (next: Playbook) => {
      setDoc(next);
      autosave.schedule(next);
    },
    [autosave],
  );

  const customerList = useMemo(() => customers.data?.customers ?? [], [customers.data]);
  const previewCustomer = customerList.find((c) => c.id === previewId) ?? customerList[0];
  const name = localisedName(doc, locale);
  const renderPreview = useMemo(() => previewRenderer(previewCustomer, name, Date.now()), [previewCustomer, name]);
  const fields = useMemo(() => editorFields(customerList, segments.data ?? [], doc), [customerList, segments.data, doc]);
  const unpublished = useMemo(() => (live.data ? !isEmptyDiff(diffPlaybooks(live.data.document, doc)) : false), [live.data, doc]);

  const setLive = async (next: 'pause' | 'resume') => {
    setSwitching(true);
    try {
      const answer = next === 'pause' ? await api.pausePlaybook(id) : await api.resumePlaybook(id);
      setStatus(answer.status);
      notify(next === 'pause' ? t('editor.paused') : t('editor.resumed'));
    } catch (error) {
      notify(errorText(t, error), 'error');
    } finally {
      setSwitching(false);
    }
  };

  const toggle = (which: Exclude<Panel, null>) => {
    if (which !== 'test') setHighlight(null);
    setPanel((current) => (current === which ? null : which));
  };

  const variantLabel = (port: string) => {
    const split = doc.nodes.find((n) => n.type === 'split' && n.variants.some((v) => v.port === port));
    return split ? portName(split, port, locale) : port;
  };

  const stepTitle = (node: string) => {
    const found = doc.nodes.find((n) => n.id === node);
    return found ? nodeTitle(found, locale) : node;
  };

  // The live version decides who may be enrolled, but the draft's trigger is what the operator sees.
  const manualTrigger = doc.nodes.some((n) => n.type === 'trigger' && n.on === 'manual');

  const toolbar = (
    <div className="editor-actions">
      <button type="button" className={panel === 'test' ? 'btn btn-small active' : 'btn btn-small'} onClick={() => toggle('test')} data-testid="test-run" aria-pressed={panel === 'test'} disabled={!canEdit.allowed} title={canEdit.reason ?? t('editor.testRun')}>
        <Icon name="flask" /> <span className="btn-label">{t('editor.testRun')}</span>
      </button>
      {liveVersion !== null ? (
        <button type="button" className={panel === 'stats' ? 'btn btn-small active' : 'btn btn-small'} onClick={() => toggle('stats')} data-testid="stats-toggle" aria-pressed={panel === 'stats'} title={t('editor.stats')}>
          <Icon name="chart" /> <span className="btn-label">{t('editor.stats')}</span>
        </button>
      ) : null}
      <button type="button" className={panel === 'history' ? 'btn btn-small active' : 'btn btn-small'} onClick={() => toggle('history')} data-testid="history" aria-pressed={panel === 'history'} title={t('editor.history')}>
        <Icon name="history" /> <span className="btn-label">{t('editor.history')}</span>
      </button>
      {status === 'live' && manualTrigger ? (
        <button type="button" className="btn btn-small" onClick={() => setEnrolling(true)} data-testid="enrol" disabled={!canEdit.allowed} title={canEdit.reason ?? t('enrol.button')}>
          <Icon name="plus" /> <span className="btn-label">{t('enrol.button')}</span>
        </button>
      ) : null}
      {status === 'live' ? (
        <button type="button" className="btn btn-small" onClick={() => void setLive('pause')} disabled={switching || !canSwitch.allowed} data-testid="pause" title={canSwitch.reason ?? t('editor.pause')}>
          <Icon name="pause" /> <span className="btn-label">{t('editor.pause')}</span>
        </button>
      ) : status === 'paused' ? (
        <button type="button" className="btn btn-small" onClick={() => void setLive('resume')} disabled={switching || !canSwitch.allowed} data-testid="resume" title={canSwitch.reason ?? t('editor.resume')}>
          <Icon name="play" /> <span className="btn-label">{t('editor.resume')}</span>
        </button>
      ) : null}
      <button type="button" className="btn btn-small btn-primary" onClick={() => setPublishing(true)} data-testid="publish" disabled={!canPublish.allowed} title={canPublish.reason ?? undefined}>
        {fourEyes ? t('approvals.request') : liveVersion === null ? t('editor.publish') : t('editor.publishChanges')}
      </button>
    </div>
  );

  const aside =
    panel === 'test' ? (
      <TestRunPanel id={id} document={doc} customers={customerList} onHighlight={setHighlight} onClose={() => setPanel(null)} />
    ) : panel === 'history' ? (
      <HistoryPanel id={id} liveVersion={liveVersion} refreshKey={historyKey} onView={setViewing} onClose={() => setPanel(null)} />
    ) : panel === 'stats' ? (
      <StatsPanel id={id} stats={stats} error={statsError} updatedAt={updatedAt} days={statsDays} onDays={setStatsDays} hasGoal={doc.settings?.goal !== undefined} variantLabel={variantLabel} stepTitle={stepTitle} doc={doc} step={selectedStep} onClose={() => setPanel(null)} />
    ) : undefined;

  return (
    <div className="editor-page">
      <header className="editor-header">
        <BackLink />
        <div className="editor-title">
          <h1 title={name}>{name}</h1>
          <StatusBadge status={status} />
          {liveVersion !== null ? <span className="muted small">{t('playbooks.version', { n: liveVersion })}</span> : null}
          {jobs.jobs.map(({ job, stale }) => (
            <JobProgress key={job.id} job={job} stale={stale} onDismiss={() => jobs.dismiss(job.id)} />
          ))}
          {unpublished ? <span className="chip chip-warning">{t('editor.unpublished')}</span> : null}
          {latestApproval ? <ApprovalState approval={latestApproval} /> : null}
          {canEdit.allowed ? <SaveIndicator state={autosave.state} onRetry={autosave.retry} /> : null}
        </div>
        {canEdit.reason ? (
          <span className="role-note" data-testid="role-note">
            <Icon name="eye" /> {canPublish.reason}
          </span>
        ) : null}
        <div className="editor-header-right">
          {customerList.length > 0 ? (
            <label className="preview-as">
              <span className="muted small">{t('editor.previewAs')}</span>
              <select className="input input-small" value={previewCustomer?.id ?? ''} onChange={(event) => setPreviewId(event.target.value)} data-testid="preview-customer">
                {customerList.map((c) => (
                  <option key={c.id} value={c.id}>
                    {customerName(c)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      </header>
      <div className="editor-workspace">
        <div className="editor-canvas">
          <PlaybookEditor
            document={doc}
            onChange={change}
            locale={locale}
            readOnly={!canEdit.allowed}
            stats={panel === 'stats' ? stats : null}
            highlight={highlight}
            fields={fields}
            renderPreview={renderPreview}
            toolbarExtra={toolbar}
            showName={false}
            aside={aside}
            onSelectStep={setSelectedStep}
          />
        </div>
      </div>

      {publishing ? (
        <PublishDialog
          id={id}
          flush={autosave.flush}
          onClose={() => setPublishing(false)}
          onRequested={(approval) => {
            setPublishing(false);
            approvals.setData((current) => [approval, ...(current ?? []).filter((a) => a.id !== approval.id)]);
            notify(t('approvals.requested'));
          }}
          onPublished={(version, view, job) => {
            setPublishing(false);
            for (const running of [...(job ? [job] : []), ...(view?.jobs ?? [])]) jobs.track(running);
            setLiveVersion(version);
            setStatus(view?.status ?? 'live');
            setHistoryKey((k) => k + 1);
            notify(t('publish.done', { version }));
          }}
        />
      ) : null}
      {enrolling ? <EnrolDialog id={id} onClose={() => setEnrolling(false)} /> : null}
      {viewing !== null ? (
        <VersionViewer
          id={id}
          version={viewing}
          onClose={() => setViewing(null)}
          onRestore={(document) => {
            change(document);
            setViewing(null);
            notify(t('history.restored', { n: viewing }));
          }}
        />
      ) : null}
    </div>
  );
}
