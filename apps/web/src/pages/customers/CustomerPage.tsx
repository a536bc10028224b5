import type { Playbook } from '@stayflow/playbook';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { CustomerDetail, Run } from '../../api/types.ts';
import { ApiError } from '../../api/ApiError.ts';
import { EmptyState, ErrorState, Loading } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { MessageCard } from '../../components/MessageCard.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDate, formatDateTime, formatMoney, formatNumber, localisedName } from '../../i18n/localise.ts';
import { customerCurrency } from '../../lib/customerCurrency.ts';
import { CustomerPredictions } from './CustomerPredictions.tsx';
import { CustomerPrivacy } from './CustomerPrivacy.tsx';
import { CustomerTags } from './CustomerTags.tsx';
import { customerName } from '../../lib/customerName.ts';
import { nodeTitle, portName } from '../../lib/describePlaybook.ts';
import { attributeName, metricName, valueName } from '../../lib/vocabulary.ts';
import { SegmentChips } from './SegmentChips.tsx';

/** The documents of the playbook versions the runs used, to name their steps. */
function useVersionDocs(runs: Run[] | undefined): Map<string, Playbook> {
  const [docs, setDocs] = useState(new Map<string, Playbook>());
  const wanted = [...new Set((runs ?? []).map((r) => `${r.playbook}@${r.version}`))].join(',');
  useEffect(() => {
    if (wanted === '') return;
    let current = true;
    void Promise.all(
      wanted.split(',').map(async (key) => {
        const [playbook, version] = key.split('@') as [string, string];
        try {
          return [key, (await api.getVersion(playbook, Number(version))).document] as const;
        } catch {
          return null;
        }
      }),
    ).then((entries) => {
      if (current) setDocs(new Map(entries.filter((e): e is readonly [string, Playbook] => e !== null)));
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return docs;
}

const humanise = (id: string) => id.replace(/[_-]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${displayValue(v)}`)
    .join(' · ');
}

export function CustomerPage(): ReactElement {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const customer = useApi(`customer:${id}`, () => api.getCustomer(id));
  if (customer.error && !customer.data) {
    return (
      <div className="page">
        <Link to="/customers" className="back-link">
          <Icon name="back" /> {t('nav.customers')}
        </Link>
        {isUnknownCustomer(customer.error) ? (
          <div data-testid="customer-not-found">
            <EmptyState icon="user" title={t('customer.notFoundTitle')}>
              {t('customer.notFound', { id })}
            </EmptyState>
          </div>
        ) : (
          <ErrorState error={customer.error} onRetry={customer.reload} />
        )}
      </div>
    );
  }
  if (!customer.data) return <Loading label={t('customer.loading')} />;
  return <CustomerView customer={customer.data} onChanged={customer.reload} />;
}

function CustomerView({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const runs = useApi(`runs:${customer.id}`, () => api.listRuns({ customer: customer.id, limit: 20 }));
  const messages = useApi(`messages:${customer.id}`, () => api.listMessages({ customer: customer.id, limit: 20 }));
  const playbooks = useApi('playbooks', api.listPlaybooks);
  const docs = useVersionDocs(runs.data);
  const playbookName = useMemo(() => {
    const names = new Map((playbooks.data ?? []).map((p) => [p.id, localisedName(p, locale)]));
    return (id: string) => names.get(id) ?? id;
  }, [playbooks.data, locale]);
  const stepName = (run: { playbook: string; version?: number }, node: string) => {
    const doc = docs.get(`${run.playbook}@${run.version}`);
    const found = doc?.nodes.find((n) => n.id === node);
    return found ? nodeTitle(found, locale) : humanise(node);
  };
  const m = customer.metrics;
  const metricRows: [string, string][] = [
    ['orders', formatNumber(m.orders, locale)],
    ['total_spent', formatMoney(m.total_spent, locale, customerCurrency(customer))],
    ['avg_order_value', formatMoney(m.avg_order_value, locale, customerCurrency(customer))],
    ['first_order_at', formatDate(m.first_order_at, locale)],
    ['last_order_at', formatDate(m.last_order_at, locale)],
    ['days_since_last_order', formatNumber(m.days_since_last_order, locale)],
    ['last_nps', formatNumber(m.last_nps, locale)],
    ['negative_feedback_90d', formatNumber(m.negative_feedback_90d, locale)],
    ['days_since_last_seen', formatNumber(m.days_since_last_seen, locale)],
  ];

  return (
    <div className="page">
      <Link to="/customers" className="back-link">
        <Icon name="back" /> {t('nav.customers')}
      </Link>
      <PageHeader title={customerName(customer)} subtitle={<span className="mono">{customer.id}</span>}>
        <div className="header-chips">
          <SegmentChips segments={customer.segments} />
          <CustomerTags id={customer.id} tags={customer.tags} onChanged={onChanged} />
        </div>
      </PageHeader>

      <div className="detail-grid">
        <div className="stack">
          <section className="card">
            <h2 className="card-title">{t('customer.metrics')}</h2>
            <dl className="kv">
              {metricRows.map(([key, value]) => (
                <div key={key}>
                  <dt>{sentenceCase(metricName(key, locale))}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <CustomerPredictions customer={customer} />
          <section className="card">
            <h2 className="card-title">{t('customer.attributes')}</h2>
            {Object.keys(customer.attributes).length === 0 ? (
              <p className="muted small">{t('customer.noAttributes')}</p>
            ) : (
              <dl className="kv">
                {Object.entries(customer.attributes).map(([key, value]) => (
                  <div key={key}>
                    <dt data-key={key}>{sentenceCase(attributeName(key, locale))}</dt>
                    <dd>{typeof value === 'string' ? valueName(key, value, locale) : displayValue(value)}</dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="muted small">{t('customer.since', { date: formatDate(customer.created_at, locale) })}</p>
          </section>
          <CustomerPrivacy customer={customer} />
        </div>

        <div className="stack">
          <section className="card">
            <h2 className="card-title">{t('customer.activeRuns', { count: customer.active_runs.length })}</h2>
            {customer.active_runs.length === 0 ? (
              <p className="muted small">{t('customer.noActiveRuns')}</p>
            ) : (
              <ul className="plain-list">
                {customer.active_runs.map((run) => {
                  const full = runs.data?.find((r) => r.id === run.id);
                  return (
                    <li key={run.id}>
                      <Link to={`/playbooks/${run.playbook}`}>{playbookName(run.playbook)}</Link>
                      <span className="muted small"> · {t('customer.atStep', { step: full ? stepName(full, run.node) : humanise(run.node) })} · {t('customer.enteredOn', { date: formatDateTime(run.entered_at, locale) })}</span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          <section className="card">
            <h2 className="card-title">{t('customer.messages')}</h2>
            {messages.error ? (
              <ErrorState error={messages.error} onRetry={messages.reload} />
            ) : !messages.data ? (
              <Loading inline />
            ) : messages.data.length === 0 ? (
              <p className="muted small">{t('customer.noMessages')}</p>
            ) : (
              <div className="message-list">
                {messages.data.map((message) => (
                  <MessageCard
                    key={message.id}
                    channel={message.channel}
                    subject={message.subject}
                    body={message.body}
                    meta={`${formatDateTime(message.at, locale)} · ${playbookName(message.playbook)}`}
                    footer={t(`customer.messageStatus.${message.status}`, { defaultValue: message.status })}
                  />
                ))}
              </div>
            )}
          </section>

          <section className="card">
            <h2 className="card-title">{t('customer.runs')}</h2>
            {runs.error ? (
              <ErrorState error={runs.error} onRetry={runs.reload} />
            ) : !runs.data ? (
              <Loading inline />
            ) : runs.data.length === 0 ? (
              <p className="muted small">{t('customer.noRuns')}</p>
            ) : (
              <div className="run-list">
                {runs.data.map((run) => {
                  const doc = docs.get(`${run.playbook}@${run.version}`);
                  return (
                    <details key={run.id} className="run" open={run.status === 'active'}>
                      <summary>
                        <span className="run-name">{playbookName(run.playbook)}</span>
                        <span className={`badge badge-run-${run.status}`}>{t(`runStatus.${run.status}`)}</span>
                        {run.control ? <span className="chip">{t('customer.controlGroup')}</span> : null}
                        {run.converted_at ? <span className="chip chip-success">{t('customer.converted')}</span> : null}
                        <span className="muted small">{formatDateTime(run.entered_at, locale)}</span>
                      </summary>
                      <ol className="timeline">
                        {run.steps.map((step) => {
                          const node = doc?.nodes.find((n) => n.id === step.node);
                          const port = portName(node, step.port, locale);
                          return (
                            <li key={step.visit}>
                              <span className="timeline-day">{formatDateTime(step.at, locale)}</span>
                              <div>
                                <div className="timeline-title">
                                  {stepName(run, step.node)}
                                  {port ? <span className="chip">{port}</span> : null}
                                  {step.left_at === null && run.status === 'active' ? <span className="chip chip-warning">{t('customer.waitingHere')}</span> : null}
                                </div>
                              </div>
                            </li>
                          );
                        })}
                      </ol>
                      {run.exit_reason ? <p className="muted small">{t('customer.exitReason', { reason: t(`exitReasons.${run.exit_reason}`, { defaultValue: run.exit_reason }) })}</p> : null}
                    </details>
                  );
                })}
              </div>
            )}
          </section>

          <div className="two-col">
            <section className="card">
              <h2 className="card-title">{t('customer.coupons')}</h2>
              {customer.coupons.length === 0 ? (
                <p className="muted small">{t('customer.noCoupons')}</p>
              ) : (
                <ul className="plain-list">
                  {customer.coupons.map((coupon) => (
                    <li key={coupon.code}>
                      <span className="mono">{coupon.code}</span> · {coupon.percent ? t('customer.percentOff', { n: formatNumber(coupon.percent, locale) }) : formatMoney(coupon.amount, locale, coupon.currency)}
                      <div className="muted small">
                        {coupon.redeemed_at ? t('customer.redeemed', { date: formatDate(coupon.redeemed_at, locale) }) : t('customer.validUntil', { date: formatDate(coupon.valid_until, locale) })}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card">
              <h2 className="card-title">{t('customer.tasks')}</h2>
              {customer.tasks.length === 0 ? (
                <p className="muted small">{t('customer.noTasks')}</p>
              ) : (
                <ul className="plain-list">
                  {customer.tasks.map((task) => (
                    <li key={task.id}>
                      {task.title}
                      <div className="muted small">
                        {t(`taskStatus.${task.status}`)}
                        {task.due_at ? ` · ${t('tasks.due', { date: formatDate(task.due_at, locale) })}` : ''}
                        {task.assignee ? ` · ${task.assignee}` : ''}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </div>
      </div>
    </div>
  );
}

/** The server knows no customer with this id (never sent, or erased); not an older server without the route. */
function isUnknownCustomer(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'not_found' && !error.isMissingRoute;
}

/** Vocabulary words are lower-case for use inside sentences; as a label they start with a capital. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
