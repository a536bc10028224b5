import type { Playbook } from '@stayflow/playbook';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestRunAction, TestRunResult } from '../../api/types.ts';
import { Notice } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { MessageCard } from '../../components/MessageCard.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDateTime } from '../../i18n/localise.ts';
import { findTrigger, nodeTitle, portName } from '../../lib/describePlaybook.ts';

const DAY = 86_400_000;

/** What the test run found: entry or the reason there was none, the steps in time, and everything the customer would get. */
export function TestRunReport({ result, document }: { result: TestRunResult; document: Playbook }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const node = (id: string) => document.nodes.find((n) => n.id === id);
  const stepTitle = (id: string) => {
    const found = node(id);
    return found ? nodeTitle(found, locale) : id;
  };

  if (!result.entered) {
    const code = result.reason_code ?? findTrigger(document)?.on;
    const reason = code ? t(`test.reasons.${code}`, { defaultValue: result.reason ?? '' }) : result.reason;
    return (
      <div data-testid="test-result" data-entered="false">
        <Notice kind="warning">
          <strong>{t('test.notEntered')}</strong>
          {reason ? <div className="small">{reason}</div> : null}
        </Notice>
      </div>
    );
  }

  const start = result.from ? Date.parse(result.from) : result.steps[0] ? Date.parse(result.steps[0].at) : Number.NaN;
  const outcome = result.converted ? 'converted' : result.status;
  const endedBy = result.ended?.reason ? t(`exitReasons.${result.ended.reason}`, { defaultValue: result.ended.reason }) : null;
  const dayOf = (at: string) => (Number.isNaN(start) ? 0 : Math.floor((Date.parse(at) - start) / DAY));

  return (
    <div className="test-report stack" data-testid="test-result" data-entered="true">
      <Notice kind="success">
        <strong>{t(`test.outcome.${outcome}`, { defaultValue: t('test.outcome.other', { status: result.status }) })}</strong>
        <div className="small">
          {t('test.summary', { steps: t('test.steps', { count: result.steps.length }), messages: t('test.messages', { count: result.messages.length }) })}
          {endedBy && result.status !== 'active' ? ` · ${t('test.endedBy', { reason: endedBy })}` : ''}
        </div>
      </Notice>
      {result.control ? <Notice>{t('test.controlGroup')}</Notice> : null}

      <section>
        <h4 className="subhead">{t('test.timeline')}</h4>
        <ol className="timeline timeline-compact">
          {result.steps.map((step, index) => {
            const port = portName(node(step.node), step.port, locale);
            return (
              <li key={`${step.node}-${index}`}>
                <span className="timeline-day">{t('test.day', { n: dayOf(step.at) })}</span>
                <div>
                  <div className="timeline-title">
                    {stepTitle(step.node)}
                    {port ? <span className="chip">{port}</span> : null}
                  </div>
                  <div className="muted small">
                    {formatDateTime(step.at, locale)}
                    {step.left_at && step.left_at !== step.at ? ` → ${formatDateTime(step.left_at, locale)}` : ''}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <section>
        <h4 className="subhead">{t('test.messages', { count: result.messages.length })}</h4>
        {result.messages.length === 0 ? (
          <p className="muted small">{t('test.noMessages')}</p>
        ) : (
          <div className="message-list">
            {result.messages.map((message, index) => (
              <MessageCard
                key={`${message.node}-${index}`}
                channel={message.channel}
                subject={message.subject}
                body={message.body}
                meta={`${t('test.day', { n: dayOf(message.at) })} · ${formatDateTime(message.at, locale)}`}
                footer={stepTitle(message.node)}
                clamp={false}
              />
            ))}
          </div>
        )}
      </section>

      {result.coupons.length > 0 ? (
        <section>
          <h4 className="subhead">{t('test.coupons')}</h4>
          <ActionList items={result.coupons} icon="gift" dayOf={dayOf} stepTitle={stepTitle} />
        </section>
      ) : null}

      {result.tasks.length > 0 ? (
        <section>
          <h4 className="subhead">{t('test.tasks')}</h4>
          <ActionList items={result.tasks} icon="tasks" dayOf={dayOf} stepTitle={stepTitle} />
        </section>
      ) : null}

      {result.tags.added.length + result.tags.removed.length > 0 ? (
        <section>
          <h4 className="subhead">{t('test.tags')}</h4>
          <div className="chips">
            {result.tags.added.map((tag) => (
              <span key={`+${tag}`} className="chip chip-added">
                + {tag}
              </span>
            ))}
            {result.tags.removed.map((tag) => (
              <span key={`-${tag}`} className="chip chip-removed">
                − {tag}
              </span>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}

function ActionList({ items, icon, dayOf, stepTitle }: { items: TestRunAction[]; icon: 'gift' | 'tasks'; dayOf: (at: string) => number; stepTitle: (node: string) => string }): ReactElement {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {items.map((item, index) => (
        <li key={`${item.node}-${index}`}>
          <Icon name={icon} /> {item.detail}
          <div className="muted small">
            {t('test.day', { n: dayOf(item.at) })} · {stepTitle(item.node)}
          </div>
        </li>
      ))}
    </ul>
  );
}
