import { useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { DownloadCsvButton } from '../../components/DownloadCsvButton.tsx';
import { ErrorState, Loading } from '../../components/Feedback.tsx';
import { MessageCard } from '../../components/MessageCard.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useCustomerNames } from '../../hooks/useCustomerNames.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDateTime } from '../../i18n/localise.ts';

const SHOWN = 10;

/**
 * Who went through a live playbook lately and what it sent them: its latest journeys
 * (customer, where they are or how they left) and messages, reloaded with the results.
 */
export function PlaybookActivity({ id, refreshKey, stepTitle }: { id: string; refreshKey: number | null; stepTitle: (node: string) => string }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const runs = useApi(`activity-runs:${id}`, () => api.listRuns({ playbook: id, limit: SHOWN }));
  const messages = useApi(`activity-messages:${id}`, () => api.listMessages({ playbook: id, limit: SHOWN }));
  // Each refresh of the results reloads these too, keeping the lists on screen meanwhile.
  const nameOf = useCustomerNames([...(runs.data ?? []).map((run) => run.customer), ...(messages.data ?? []).map((message) => message.customer)]);
  const { reload: reloadRuns } = runs;
  const { reload: reloadMessages } = messages;
  const refreshed = useRef(refreshKey);
  useEffect(() => {
    if (refreshed.current === refreshKey) return;
    refreshed.current = refreshKey;
    reloadRuns();
    reloadMessages();
  }, [refreshKey, reloadRuns, reloadMessages]);

  return (
    <>
      <section className="stat-block" data-testid="playbook-runs">
        <h3>{t('stats.recentJourneys')}</h3>
        {runs.error && !runs.data ? (
          <ErrorState error={runs.error} onRetry={runs.reload} />
        ) : !runs.data ? (
          <Loading inline />
        ) : runs.data.length === 0 ? (
          <p className="muted small">{t('stats.noJourneys')}</p>
        ) : (
          <ul className="activity-list">
            {runs.data.map((run) => {
              const last = run.steps.at(-1);
              return (
                <li key={run.id}>
                  <Link to={`/customers/${encodeURIComponent(run.customer)}`} title={run.customer} data-testid="run-customer">
                    {nameOf(run.customer)}
                  </Link>
                  <span className={`badge badge-run-${run.status}`}>{t(`runStatus.${run.status}`)}</span>
                  <span className="muted small">
                    {run.status === 'active' && last ? t('customer.atStep', { step: stepTitle(last.node) }) : run.exit_reason ? t(`exitReasons.${run.exit_reason}`, { defaultValue: run.exit_reason }) : null}
                    {' · '}
                    {t('customer.enteredOn', { date: formatDateTime(run.entered_at, locale) })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="stat-block" data-testid="playbook-messages">
        <h3>{t('stats.recentMessages')}</h3>
        <DownloadCsvButton request={{ kind: 'messages', playbook: id }} testId="messages-csv" />
        {messages.error && !messages.data ? (
          <ErrorState error={messages.error} onRetry={messages.reload} />
        ) : !messages.data ? (
          <Loading inline />
        ) : messages.data.length === 0 ? (
          <p className="muted small">{t('stats.noMessages')}</p>
        ) : (
          <div className="message-list">
            {messages.data.map((message) => (
              <MessageCard
                key={message.id}
                channel={message.channel}
                subject={message.subject}
                body={message.body}
                meta={`${formatDateTime(message.at, locale)} · ${nameOf(message.customer)}`}
                footer={t(`customer.messageStatus.${message.status}`, { defaultValue: message.status })}
              />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
