import { useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { Task, TaskStatus } from '../../api/types.ts';
import { errorText } from '../../components/errorText.ts';
import { EmptyState, ErrorState, Loading } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { DownloadCsvButton } from '../../components/DownloadCsvButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePermission } from '../../hooks/usePermission.ts';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNow } from '../../hooks/useNow.ts';
import { formatDate, formatRelative, localisedName } from '../../i18n/localise.ts';
import { notify } from '../../state/appStore.ts';

type Filter = TaskStatus;

/** Follow-up tasks that playbooks created for the team: close them when done, reopen if needed. */
export function TasksPage(): ReactElement {
  const { t } = useTranslation();
  const canChange = usePermission('tasks');
  const locale = useLocale();
  const now = useNow();
  const [filter, setFilter] = useState<Filter>('open');
  const tasks = useApi(`tasks:${filter}`, () => api.listTasks({ status: filter, limit: 500 }));
  const playbooks = useApi('playbooks', api.listPlaybooks);
  const [busy, setBusy] = useState<string | null>(null);
  const playbookName = useMemo(() => {
    const names = new Map((playbooks.data ?? []).map((p) => [p.id, localisedName(p, locale)]));
    return (id: string) => names.get(id) ?? id;
  }, [playbooks.data, locale]);

  const setStatus = async (task: Task, status: TaskStatus) => {
    setBusy(task.id);
    try {
      await api.setTaskStatus(task.id, status);
      tasks.setData((current) => (current ?? []).filter((item) => item.id !== task.id));
      notify(status === 'open' ? t('tasks.reopened', { title: task.title }) : t('tasks.closed', { title: task.title }));
    } catch (error) {
      notify(errorText(t, error), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="page">
      <PageHeader title={t('tasks.title')} subtitle={t('tasks.subtitle')} actions={<DownloadCsvButton request={{ kind: 'tasks', status: filter }} testId="tasks-csv" small={false} />} />
      <section className="card card-flush">
        <div className="table-toolbar">
          <div className="tabs" role="tablist">
            {(['open', 'done', 'cancelled'] as const).map((value) => (
              <button key={value} type="button" role="tab" aria-selected={filter === value} className={filter === value ? 'tab active' : 'tab'} onClick={() => setFilter(value)} data-testid={`tasks-${value}`}>
                {t(`taskStatus.${value}`)}
                {filter === value && tasks.data ? <span className="tab-count">{tasks.data.length}</span> : null}
              </button>
            ))}
          </div>
        </div>
        {tasks.error && !tasks.data ? (
          <ErrorState error={tasks.error} onRetry={tasks.reload} />
        ) : !tasks.data ? (
          <Loading label={t('tasks.loading')} />
        ) : tasks.data.length === 0 ? (
          <EmptyState icon="tasks" title={t(`tasks.empty.${filter}.title`)}>
            {t(`tasks.empty.${filter}.body`)}
          </EmptyState>
        ) : (
          <table className="table" data-testid="task-table">
            <thead>
              <tr>
                <th>{t('tasks.colTask')}</th>
                <th>{t('tasks.colCustomer')}</th>
                <th>{t('tasks.colPlaybook')}</th>
                <th>{t('tasks.colAssignee')}</th>
                <th>{filter === 'open' ? t('tasks.colDue') : t('tasks.colClosed')}</th>
                <th className="actions-col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.data.map((task) => {
                const overdue = filter === 'open' && task.due_at !== null && Date.parse(task.due_at) < now;
                return (
                  <tr key={task.id} data-testid={`task-${task.id}`}>
                    <td className="cell-main">
                      <div className="row-title">{task.title}</div>
                      <div className="row-sub">{t('tasks.created', { when: formatRelative(task.created_at, locale, now) })}</div>
                    </td>
                    <td>{task.customer ? <Link to={`/customers/${encodeURIComponent(task.customer)}`} className="mono">{task.customer}</Link> : '—'}</td>
                    <td>
                      <Link to={`/playbooks/${task.playbook}`}>{playbookName(task.playbook)}</Link>
                    </td>
                    <td>{task.assignee ?? <span className="muted">{t('tasks.unassigned')}</span>}</td>
                    <td className={overdue ? 'danger' : ''}>
                      {filter === 'open' ? (task.due_at ? `${formatDate(task.due_at, locale)}${overdue ? ` · ${t('tasks.overdue')}` : ''}` : <span className="muted">{t('tasks.noDue')}</span>) : formatDate(task.closed_at, locale)}
                    </td>
                    <td className="actions-col">
                      {filter === 'open' ? (
                        <button type="button" className="btn btn-small" disabled={busy === task.id || !canChange.allowed} title={canChange.reason ?? undefined} onClick={() => void setStatus(task, 'done')} data-testid={`close-task-${task.id}`}>
                          <Icon name="check" /> {t('tasks.close')}
                        </button>
                      ) : (
                        <button type="button" className="btn btn-small" disabled={busy === task.id || !canChange.allowed} title={canChange.reason ?? undefined} onClick={() => void setStatus(task, 'open')} data-testid={`reopen-task-${task.id}`}>
                          {t('tasks.reopen')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
