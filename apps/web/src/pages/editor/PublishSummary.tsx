import type { Playbook } from '@stayflow/playbook';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Feedback.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { describeTrigger, findTrigger } from '../../lib/describePlaybook.ts';
import { describeSettings } from '../../lib/describeSettings.ts';
import { diffPlaybooks, isEmptyDiff } from '../../lib/playbookDiff.ts';
import { ChangeSummary } from './ChangeSummary.tsx';

/**
 * What publishing this draft changes: against the live version, or (first time) what the
 * playbook does. The publish dialog and the approval review show the same.
 */
export function PublishSummary({ draft, live, liveVersion }: { draft: Playbook; live: Playbook | null; liveVersion: number | null }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const diff = live ? diffPlaybooks(live, draft) : null;
  if (live && diff) {
    return (
      <>
        {isEmptyDiff(diff) ? (
          <Notice>{t('publish.noChanges', { version: liveVersion })}</Notice>
        ) : (
          <>
            <p>{t('publish.againstLive', { version: liveVersion, next: (liveVersion ?? 0) + 1 })}</p>
            <ChangeSummary diff={diff} before={live} after={draft} />
          </>
        )}
        <p className="muted small">{t('publish.runningCustomers')}</p>
      </>
    );
  }
  return (
    <>
      <p>{t('publish.first')}</p>
      <dl className="summary-list" data-testid="first-publish-summary">
        <div>
          <dt>{t('publish.trigger')}</dt>
          <dd>{describeTrigger(findTrigger(draft), locale)}</dd>
        </div>
        <div>
          <dt>{t('publish.steps')}</dt>
          <dd>{t('publish.stepCount', { count: draft.nodes.length })}</dd>
        </div>
        {describeSettings(draft.settings, locale).map((line) => (
          <div key={line.key}>
            <dt>{line.title}</dt>
            <dd>{line.text}</dd>
          </div>
        ))}
      </dl>
      {findTrigger(draft)?.on === 'segment' ? <Notice kind="warning">{t('publish.segmentEnrols')}</Notice> : null}
    </>
  );
}
