import type { Playbook } from '@stayflow/playbook';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookStats } from '../../api/types.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatNumber, formatPercent } from '../../i18n/localise.ts';
import { nodeTitle, portName } from '../../lib/describePlaybook.ts';

/** The results of the step selected on the canvas: how many entered it and left by each exit. */
export function StepResults({ doc, stats, step }: { doc: Playbook; stats: PlaybookStats; step: string }): ReactElement | null {
  const { t } = useTranslation();
  const locale = useLocale();
  const node = doc.nodes.find((n) => n.id === step);
  if (!node) return null;
  const counts = stats.nodes[step];
  const entered = counts?.entered ?? 0;
  const exits = Object.entries(counts?.ports ?? {});
  return (
    <section className="stat-block step-results" data-testid="step-results" data-step={step}>
      <h3>{t('stats.step', { name: nodeTitle(node, locale) })}</h3>
      <div className="big-number">{formatNumber(entered, locale)}</div>
      <p className="muted small">{t('stats.stepEntered')}</p>
      {exits.length > 0 ? (
        <dl className="kv">
          {exits.map(([port, count]) => (
            <div key={port}>
              <dt>{portName(node, port, locale) || t('stats.stepNext')}</dt>
              <dd>
                {formatNumber(count, locale)}
                {entered > 0 ? <span className="muted small"> · {formatPercent(count / entered, locale)}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
