import type { Playbook, PlaybookNode } from '@stayflow/playbook';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { localisedName } from '../../i18n/localise.ts';
import { nodeTitle, portName } from '../../lib/describePlaybook.ts';
import { settingTitle } from '../../lib/describeSettings.ts';
import { countChanges, type PlaybookDiff } from '../../lib/playbookDiff.ts';

/** The publish summary: what the draft changes compared with the live version, in plain words. */
export function ChangeSummary({ diff, before, after }: { diff: PlaybookDiff; before: Playbook; after: Playbook }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = (node: PlaybookNode) => nodeTitle(node, locale);
  const find = (doc: Playbook, id: string) => doc.nodes.find((n) => n.id === id);
  const stepName = (id: string) => {
    const node = find(after, id) ?? find(before, id);
    return node ? title(node) : id;
  };
  const edgeText = (edge: { from: string; to: string; port?: string }, doc: Playbook) => {
    const port = portName(find(doc, edge.from), edge.port, locale);
    return t(port ? 'changes.connectionPort' : 'changes.connection', { from: stepName(edge.from), to: stepName(edge.to), port });
  };

  return (
    <div className="change-summary" data-testid="change-summary">
      <p className="change-count">{t('changes.count', { count: countChanges(diff) })}</p>
      {diff.added.length > 0 ? (
        <ChangeGroup icon="plus" kind="added" title={t('changes.addedSteps', { count: diff.added.length })} items={diff.added.map(title)} />
      ) : null}
      {diff.removed.length > 0 ? (
        <ChangeGroup icon="trash" kind="removed" title={t('changes.removedSteps', { count: diff.removed.length })} items={diff.removed.map(title)} />
      ) : null}
      {diff.changed.length > 0 ? (
        <ChangeGroup
          icon="edit"
          kind="changed"
          title={t('changes.changedSteps', { count: diff.changed.length })}
          items={diff.changed.map((change) => `${title(change.after)} — ${change.fields.map((field) => t(`fields.${field}`, { defaultValue: field })).join(locale === 'zh-CN' ? '、' : ', ')}`)}
        />
      ) : null}
      {diff.connections.added.length + diff.connections.removed.length > 0 ? (
        <ChangeGroup
          icon="chevronRight"
          kind="changed"
          title={t('changes.connections')}
          items={[
            ...diff.connections.added.map((edge) => `${t('changes.nowLeads')} ${edgeText(edge, after)}`),
            ...diff.connections.removed.map((edge) => `${t('changes.noLongerLeads')} ${edgeText(edge, before)}`),
          ]}
        />
      ) : null}
      {diff.settings.length > 0 ? (
        <ChangeGroup icon="edit" kind="changed" title={t('changes.settings')} items={diff.settings.map((s) => t(`changes.setting_${s.change}`, { name: settingTitle(s.key, locale) }))} />
      ) : null}
      {diff.details.length > 0 ? (
        <ChangeGroup
          icon="edit"
          kind="changed"
          title={t('changes.details')}
          items={diff.details.map((d) => (d === 'name' ? t('changes.renamed', { before: localisedName(before, locale), after: localisedName(after, locale) }) : t(`changes.detail_${d}`)))}
        />
      ) : null}
      {diff.moved > 0 ? <p className="muted small">{t('changes.moved', { count: diff.moved })}</p> : null}
    </div>
  );
}

function ChangeGroup({ icon, kind, title, items }: { icon: 'plus' | 'trash' | 'edit' | 'chevronRight'; kind: 'added' | 'removed' | 'changed'; title: string; items: string[] }): ReactElement {
  return (
    <section className={`change-group change-${kind}`}>
      <h4>
        <Icon name={icon} size={14} /> {title}
      </h4>
      <ul>
        {items.map((item, index) => (
          <li key={`${index}-${item}`}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
