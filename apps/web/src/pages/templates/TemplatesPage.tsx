import type { Playbook } from '@stayflow/playbook';
import { useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { errorText } from '../../components/errorText.ts';
import { EmptyState, ErrorState, Loading } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePermission } from '../../hooks/usePermission.ts';
import { WhyNot } from '../../components/WhyNot.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { localisedDescription, localisedName } from '../../i18n/localise.ts';
import { describeTrigger, findTrigger } from '../../lib/describePlaybook.ts';
import { downloadJson } from '../../lib/download.ts';
import { draftFromTemplate } from '../../lib/draftFromTemplate.ts';
import { createWithFreeId } from '../../api/createWithFreeId.ts';
import { notify } from '../../state/appStore.ts';

const CATEGORY_ORDER = ['churn', 'care', 'lifecycle', 'feedback', 'loyalty', 'experiment'];

const categoryOf = (template: Playbook): string => {
  const category = (template.meta as { category?: unknown } | undefined)?.category;
  return typeof category === 'string' && category !== '' ? category : 'other';
};

/** The template gallery: pick one, get a draft of your own in the editor. */
export function TemplatesPage(): ReactElement {
  const { t } = useTranslation();
  const canCreate = usePermission('createPlaybook');
  const locale = useLocale();
  const navigate = useNavigate();
  const templates = useApi('templates', api.listTemplates);
  const [using, setUsing] = useState<string | null>(null);
  const [category, setCategory] = useState<string>('all');

  const groups = useMemo(() => {
    const byCategory = new Map<string, Playbook[]>();
    for (const template of templates.data ?? []) {
      const key = categoryOf(template);
      byCategory.set(key, [...(byCategory.get(key) ?? []), template]);
    }
    const rank = (key: string) => (CATEGORY_ORDER.includes(key) ? CATEGORY_ORDER.indexOf(key) : CATEGORY_ORDER.length);
    return [...byCategory.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  }, [templates.data]);

  const use = async (template: Playbook) => {
    setUsing(template.id);
    try {
      const taken = (await api.listPlaybooks()).map((p) => p.id);
      const draft = await createWithFreeId((ids) => draftFromTemplate(template, ids, locale), taken, locale);
      notify(t('templates.created', { name: localisedName(draft, locale) }));
      navigate(`/playbooks/${draft.id}`);
    } catch (error) {
      notify(errorText(t, error), 'error');
      setUsing(null);
    }
  };

  const label = (key: string) => t(`templates.categories.${key}`, { defaultValue: key });

  return (
    <div className="page">
      <PageHeader title={t('templates.title')} subtitle={t('templates.subtitle')} />
      {templates.error && !templates.data ? (
        <ErrorState error={templates.error} onRetry={templates.reload} />
      ) : !templates.data ? (
        <Loading label={t('templates.loading')} />
      ) : templates.data.length === 0 ? (
        <EmptyState icon="templates" title={t('templates.emptyTitle')}>
          {t('templates.emptyBody')}
        </EmptyState>
      ) : (
        <>
          <div className="tabs tabs-pills" role="tablist">
            <button type="button" role="tab" aria-selected={category === 'all'} className={category === 'all' ? 'tab active' : 'tab'} onClick={() => setCategory('all')}>
              {t('templates.all')}
              <span className="tab-count">{templates.data.length}</span>
            </button>
            {groups.map(([key, items]) => (
              <button key={key} type="button" role="tab" aria-selected={category === key} className={category === key ? 'tab active' : 'tab'} onClick={() => setCategory(key)}>
                {label(key)}
                <span className="tab-count">{items.length}</span>
              </button>
            ))}
          </div>
          {groups
            .filter(([key]) => category === 'all' || category === key)
            .map(([key, items]) => (
              <section key={key} className="template-group">
                <h2 className="section-title">
                  {label(key)}
                  <span className="section-hint">{t(`templates.categoryHints.${key}`, { defaultValue: '' })}</span>
                </h2>
                <div className="card-grid">
                  {items.map((template) => (
                    <article key={template.id} className="card template-card" data-testid={`template-${template.id}`}>
                      <div className="template-head">
                        <span className={`category-chip category-${key}`}>{label(key)}</span>
                        <button type="button" className="icon-btn" title={t('templates.download')} aria-label={t('templates.download')} onClick={() => downloadJson(`${template.id}.json`, template)}>
                          <Icon name="download" />
                        </button>
                      </div>
                      <h3>{localisedName(template, locale)}</h3>
                      <p className="template-description">{localisedDescription(template, locale)}</p>
                      <div className="template-trigger">
                        <Icon name="play" />
                        <span>{describeTrigger(findTrigger(template), locale)}</span>
                      </div>
                      <div className="template-foot">
                        <span className="muted small">{t('templates.steps', { count: template.nodes.length })}</span>
                        <WhyNot reason={canCreate.reason}>
                          <button type="button" className="btn btn-primary btn-small" disabled={using !== null || !canCreate.allowed} onClick={() => void use(template)} data-testid={`use-template-${template.id}`}>
                            {using === template.id ? t('common.creating') : t('templates.use')}
                          </button>
                        </WhyNot>
                      </div>
                    </article>
                  ))}
                </div>
              </section>
            ))}
        </>
      )}
    </div>
  );
}
