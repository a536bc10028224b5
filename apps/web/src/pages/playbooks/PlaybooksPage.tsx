import { useMemo, useState, type DragEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import type { PlaybookStatus, PlaybookSummary } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { errorText } from '../../components/errorText.ts';
import { EmptyState, ErrorState, Loading } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { JobBadge } from '../../components/JobBadge.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useReloadWhile } from '../../hooks/useReloadWhile.ts';
import { formatDate, formatNumber, formatPercent, formatRelative, localisedDescription, localisedName } from '../../i18n/localise.ts';
import { downloadJson } from '../../lib/download.ts';
import { isActiveJob } from '../../lib/jobProgress.ts';
import { copyOfPlaybook } from '../../lib/playbookCopy.ts';
import { createWithFreeId } from '../../api/createWithFreeId.ts';
import { notify } from '../../state/appStore.ts';
import { usePermission } from '../../hooks/usePermission.ts';
import { WhyNot } from '../../components/WhyNot.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { NewPlaybookDialog } from './NewPlaybookDialog.tsx';

type Filter = 'all' | PlaybookStatus;

/** While a playbook has a job running, the list asks again this long after each answer. */
const JOBS_REFRESH_MS = 2_000;

export function PlaybooksPage(): ReactElement {
  const { t } = useTranslation();
  const canCreate = usePermission('createPlaybook');
  const canDelete = usePermission('deletePlaybook');
  const locale = useLocale();
  const now = useNow();
  const navigate = useNavigate();
  const list = useApi('playbooks', api.listPlaybooks);
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState<{ file: File | null } | null>(null);
  const [deleting, setDeleting] = useState<PlaybookSummary | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const playbooks = useMemo(() => list.data ?? [], [list.data]);
  useReloadWhile(list, playbooks.some((p) => p.jobs?.some(isActiveJob)), JOBS_REFRESH_MS);
  const ids = useMemo(() => playbooks.map((p) => p.id), [playbooks]);
  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return playbooks
      .filter((p) => filter === 'all' || p.status === filter)
      .filter((p) => needle === '' || [p.id, p.name, localisedName(p, locale), p.description, ...p.tags].some((text) => text.toLowerCase().includes(needle)))
      .sort((a, b) => b.updated_at.localeCompare(a.updated_at));
  }, [playbooks, filter, query, locale]);
  const counts = useMemo(() => {
    const c: Record<Filter, number> = { all: playbooks.length, live: 0, draft: 0, paused: 0 };
    for (const p of playbooks) c[p.status]++;
    return c;
  }, [playbooks]);

  const duplicate = async (playbook: PlaybookSummary) => {
    setBusy(playbook.id);
    try {
      const view = await api.getPlaybook(playbook.id, locale);
      const copy = await createWithFreeId((taken) => copyOfPlaybook(view.draft, taken), ids, locale);
      notify(t('playbooks.duplicated', { name: localisedName(copy, locale) }));
      list.reload();
    } catch (error) {
      notify(errorText(t, error), 'error');
    } finally {
      setBusy(null);
    }
  };

  const exportJson = async (playbook: PlaybookSummary) => {
    setBusy(playbook.id);
    try {
      const view = await api.getPlaybook(playbook.id, locale);
      downloadJson(`${playbook.id}.json`, view.draft);
    } catch (error) {
      notify(errorText(t, error), 'error');
    } finally {
      setBusy(null);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && canCreate.allowed) setImporting({ file });
  };

  const actions = (
    <>
      <WhyNot reason={canCreate.reason}>
        <button type="button" className="btn" onClick={() => setImporting({ file: null })} disabled={!canCreate.allowed} data-testid="import-json">
          <Icon name="upload" /> {t('playbooks.import')}
        </button>
      </WhyNot>
      <Link className="btn" to="/templates" data-testid="from-template">
        <Icon name="templates" /> {t('playbooks.fromTemplate')}
      </Link>
      <WhyNot reason={canCreate.reason}>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} disabled={!canCreate.allowed} data-testid="new-playbook">
          <Icon name="plus" /> {t('playbooks.new')}
        </button>
      </WhyNot>
    </>
  );

  return (
    <div
      className={dragging ? 'page page-dropping' : 'page'}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <PageHeader title={t('playbooks.title')} subtitle={t('playbooks.subtitle')} actions={actions} />
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <Icon name="upload" size={32} />
          <span>{t('import.dropHere')}</span>
        </div>
      ) : null}

      {list.error && !list.data ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading label={t('playbooks.loading')} />
      ) : playbooks.length === 0 ? (
        <EmptyState
          icon="playbooks"
          title={t('playbooks.emptyTitle')}
          action={
            <div className="row">
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                <Icon name="plus" /> {t('playbooks.new')}
              </button>
              <Link className="btn" to="/templates">
                {t('playbooks.fromTemplate')}
              </Link>
            </div>
          }
        >
          {t('playbooks.emptyBody')}
        </EmptyState>
      ) : (
        <section className="card card-flush">
          <div className="table-toolbar">
            <div className="tabs" role="tablist">
              {(['all', 'live', 'draft', 'paused'] as const).map((value) => (
                <button key={value} type="button" role="tab" aria-selected={filter === value} className={filter === value ? 'tab active' : 'tab'} onClick={() => setFilter(value)}>
                  {value === 'all' ? t('playbooks.filterAll') : t(`status.${value}`)}
                  <span className="tab-count">{counts[value]}</span>
                </button>
              ))}
            </div>
            <label className="search">
              <Icon name="search" />
              <input className="input" type="search" placeholder={t('playbooks.search')} value={query} onChange={(event) => setQuery(event.target.value)} aria-label={t('playbooks.search')} />
            </label>
          </div>
          {visible.length === 0 ? (
            <EmptyState icon="search" title={t('playbooks.noMatchTitle')}>
              {t('playbooks.noMatchBody')}
            </EmptyState>
          ) : (
            <table className="table table-hover" data-testid="playbook-table">
              <thead>
                <tr>
                  <th>{t('playbooks.colName')}</th>
                  <th>{t('playbooks.colStatus')}</th>
                  <th>{t('playbooks.colVersion')}</th>
                  <th>{t('playbooks.colUpdated')}</th>
                  <th className="num">{t('playbooks.colEntered')}</th>
                  <th className="num">{t('playbooks.colConverted')}</th>
                  <th className="actions-col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((playbook) => (
                  <tr key={playbook.id} data-testid={`playbook-row-${playbook.id}`} onClick={() => navigate(`/playbooks/${playbook.id}`)} className="clickable">
                    <td className="cell-main">
                      <Link to={`/playbooks/${playbook.id}`} className="row-title" onClick={(event) => event.stopPropagation()}>
                        {localisedName(playbook, locale)}
                      </Link>
                      <div className="row-sub" title={localisedDescription(playbook, locale)}>
                        {localisedDescription(playbook, locale) || <span className="mono">{playbook.id}</span>}
                      </div>
                    </td>
                    <td>
                      <StatusBadge status={playbook.status} />
                      {playbook.jobs?.filter(isActiveJob).map((job) => <JobBadge key={job.id} job={job} />)}
                    </td>
                    <td>
                      {playbook.published_version === null ? (
                        <span className="muted">{t('playbooks.neverPublished')}</span>
                      ) : (
                        <>
                          <div>{t('playbooks.version', { n: playbook.published_version })}</div>
                          {playbook.published_at ? <div className="row-sub">{t('playbooks.publishedOn', { date: formatDate(playbook.published_at, locale) })}</div> : null}
                        </>
                      )}
                    </td>
                    <td title={formatDate(playbook.updated_at, locale)}>{formatRelative(playbook.updated_at, locale, now)}</td>
                    <td className="num">{formatNumber(playbook.entered, locale)}</td>
                    <td className="num">
                      {formatNumber(playbook.converted, locale)}
                      {playbook.entered > 0 ? <div className="row-sub">{formatPercent(playbook.converted / playbook.entered, locale)}</div> : null}
                    </td>
                    <td className="actions-col" onClick={(event) => event.stopPropagation()}>
                      <div className="row-actions">
                        <button type="button" className="icon-btn" title={canCreate.reason ?? t('playbooks.duplicate')} aria-label={t('playbooks.duplicate')} disabled={busy === playbook.id || !canCreate.allowed} onClick={() => void duplicate(playbook)} data-testid={`duplicate-${playbook.id}`}>
                          <Icon name="copy" />
                        </button>
                        <button type="button" className="icon-btn" title={t('playbooks.export')} aria-label={t('playbooks.export')} disabled={busy === playbook.id} onClick={() => void exportJson(playbook)} data-testid={`export-${playbook.id}`}>
                          <Icon name="download" />
                        </button>
                        {playbook.status === 'live' ? (
                          // The server refuses to delete a live playbook: say why here instead of failing after a confirmation. The wrapper shows the reason on hover (a disabled button gets no pointer events).
                          <span className="disabled-reason" title={t('playbooks.deleteLiveDisabled')} data-testid={`delete-reason-${playbook.id}`}>
                            <button type="button" className="icon-btn danger" aria-label={`${t('playbooks.delete')}: ${t('playbooks.deleteLiveDisabled')}`} disabled data-testid={`delete-${playbook.id}`}>
                              <Icon name="trash" />
                            </button>
                          </span>
                        ) : (
                          <WhyNot reason={canDelete.reason}>
                            <button type="button" className="icon-btn danger" title={canDelete.reason ?? t('playbooks.delete')} aria-label={t('playbooks.delete')} disabled={!canDelete.allowed} onClick={() => setDeleting(playbook)} data-testid={`delete-${playbook.id}`}>
                              <Icon name="trash" />
                            </button>
                          </WhyNot>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {creating ? <NewPlaybookDialog taken={ids} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/playbooks/${id}`)} /> : null}
      {importing ? <ImportDialog initialFile={importing.file} taken={ids} onClose={() => setImporting(null)} onImported={(id) => navigate(`/playbooks/${id}`)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('playbooks.deleteTitle')}
          confirmLabel={t('playbooks.deleteConfirm')}
          danger
          testId="delete-dialog"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.deletePlaybook(deleting.id);
            notify(t('playbooks.deleted', { name: localisedName(deleting, locale) }));
            list.setData((current) => (current ?? []).filter((p) => p.id !== deleting.id));
          }}
        >
          <div className="stack-tight">
            <p>{t('playbooks.deleteBody', { name: localisedName(deleting, locale) })}</p>
            {deleting.status === 'live' ? <p className="muted small">{t('playbooks.deleteLiveHint')}</p> : null}
          </div>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
