import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { AuditEntry, AuditQuery } from '../../api/types.ts';
import { EmptyState, ErrorState, Loading } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDateTime } from '../../i18n/localise.ts';
import { AdminOnly } from './AdminOnly.tsx';
import { AUDIT_ACTION_GROUPS, isKnownAuditAction } from './auditActions.ts';
import { auditDetailParts } from './auditDetailParts.ts';
import { auditFilterQuery, AUDIT_OBJECT_TYPES, AUDIT_PAGE_SIZE, type AuditFilters } from './auditQuery.ts';

/** Admins: every change, newest first, by whom; filtered by person or key, object, action and time; paged. */
export function AuditPage(): ReactElement {
  return (
    <AdminOnly>
      <Audit />
    </AdminOnly>
  );
}

const EMPTY: AuditFilters = { actor: '', objectType: '', objectId: '', action: '', from: '', to: '' };

function Audit(): ReactElement {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(EMPTY);
  const [filters, setFilters] = useState<AuditFilters>(EMPTY);
  // The cursors of the pages before this one, to go back.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const query: AuditQuery = { ...auditFilterQuery(filters), limit: AUDIT_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
  const page = useApi(`audit:${JSON.stringify(query)}`, () => api.listAudit(query));
  const names = useApi('audit:names', loadObjectNames);

  const apply = (next: AuditFilters) => {
    setFilters(next);
    setCursors([undefined]);
  };
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value }));

  return (
    <div className="page">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <form
        className="card audit-filters"
        data-testid="audit-filters"
        onSubmit={(event) => {
          event.preventDefault();
          apply(draft);
        }}
      >
        <label className="field">
          <span className="field-label">{t('audit.filterActor')}</span>
          <input className="input input-small" value={draft.actor} onChange={set('actor')} placeholder={t('audit.filterActorHint')} data-testid="audit-actor" />
        </label>
        <label className="field">
          <span className="field-label">{t('audit.filterObject')}</span>
          <select className="input input-small" value={draft.objectType} onChange={set('objectType')} data-testid="audit-object-type">
            <option value="">{t('audit.any')}</option>
            {AUDIT_OBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`audit.object.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('audit.filterObjectId')}</span>
          <input className="input input-small" value={draft.objectId} onChange={set('objectId')} data-testid="audit-object-id" />
        </label>
        <label className="field">
          <span className="field-label">{t('audit.filterAction')}</span>
          <select className="input input-small" value={draft.action} onChange={set('action')} data-testid="audit-action">
            <option value="">{t('audit.anyAction')}</option>
            {AUDIT_ACTION_GROUPS.map(({ group, actions }) => (
              <optgroup key={group} label={t(`audit.group.${group}`)}>
                {actions.map((action) => (
                  <option key={action} value={action}>
                    {t(`audit.action.${action}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('audit.filterFrom')}</span>
          <input type="datetime-local" className="input input-small" value={draft.from} onChange={set('from')} data-testid="audit-from" />
        </label>
        <label className="field">
          <span className="field-label">{t('audit.filterTo')}</span>
          <input type="datetime-local" className="input input-small" value={draft.to} onChange={set('to')} data-testid="audit-to" />
        </label>
        <div className="audit-filter-actions">
          <button type="submit" className="btn btn-small btn-primary" data-testid="audit-apply">
            <Icon name="search" /> {t('audit.apply')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => {
              setDraft(EMPTY);
              apply(EMPTY);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <section className="card card-flush">
        {page.error && !page.data ? (
          <ErrorState error={page.error} onRetry={page.reload} />
        ) : !page.data ? (
          <Loading />
        ) : page.data.items.length === 0 ? (
          <EmptyState icon="audit" title={t('audit.emptyTitle')}>
            {t('audit.emptyBody')}
          </EmptyState>
        ) : (
          <>
            <AuditTable items={page.data.items} names={names.data} />
            <div className="pager">
              <button type="button" className="btn btn-small" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))} data-testid="audit-previous">
                {t('common.previous')}
              </button>
              <button type="button" className="btn btn-small" disabled={!page.data.next_cursor} onClick={() => setCursors((c) => [...c, page.data!.next_cursor ?? undefined])} data-testid="audit-next">
                {t('common.next')}
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

/** Names the page can show for object ids: people's emails, keys' names, playbooks' names (loaded once; ids stay where one is not known). */
interface ObjectNames {
  person: Map<string, string>;
  key: Map<string, string>;
  playbook: Map<string, string>;
}

/** The lists behind the names; one that cannot be read leaves its ids shown as ids. */
async function loadObjectNames(): Promise<ObjectNames> {
  const [people, keys, playbooks] = await Promise.all([api.listPeople().catch(() => []), api.listKeys().catch(() => []), api.listPlaybooks().catch(() => [])]);
  return {
    person: new Map(people.map((p) => [p.id, p.email])),
    key: new Map(keys.map((k) => [k.id, k.name])),
    playbook: new Map(playbooks.map((p) => [p.id, p.name])),
  };
}

/** The object of a row: its kind in words, then its name where known (the email or name the row itself recorded, else the lists), linked where it has a page. */
function AuditObject({ entry, names }: { entry: AuditEntry; names: ObjectNames | undefined }): ReactElement {
  const { t } = useTranslation();
  const id = entry.object_id;
  const recorded = (key: string) => (typeof entry.detail?.[key] === 'string' ? (entry.detail[key] as string) : undefined);
  let label: ReactElement | null = null;
  if (id) {
    if (entry.object_type === 'playbook') {
      const name = names?.playbook.get(id);
      // A deleted playbook has no page any more: its id, unlinked.
      label = name !== undefined ? <Link to={`/playbooks/${encodeURIComponent(id)}`} data-testid="audit-object-link">{name}</Link> : <span className="mono">{id}</span>;
    } else if (entry.object_type === 'customer') {
      label = (
        <Link to={`/customers/${encodeURIComponent(id)}`} className="mono" data-testid="audit-object-link">
          {id}
        </Link>
      );
    } else if (entry.object_type === 'person') {
      const email = names?.person.get(id) ?? recorded('email');
      label = email !== undefined ? <span title={id}>{email}</span> : <span className="mono">{id}</span>;
    } else if (entry.object_type === 'key') {
      const name = names?.key.get(id) ?? (entry.action === 'key.create' ? recorded('name') : undefined);
      label = name !== undefined ? <span title={id}>{name}</span> : <span className="mono">{id}</span>;
    } else {
      label = <span className="mono">{id}</span>;
    }
  }
  return (
    <>
      <div>{t(`audit.object.${entry.object_type}`, { defaultValue: entry.object_type })}</div>
      {label ? (
        <div className="row-sub" data-testid="audit-object-name">
          {label}
        </div>
      ) : null}
      {entry.version !== null ? <div className="row-sub">{t('playbooks.version', { n: entry.version })}</div> : null}
    </>
  );
}

/** The detail's facts in words; names, ids and typed text as sent. */
function AuditDetail({ entry }: { entry: AuditEntry }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      {auditDetailParts(entry.action, entry.detail, t, locale).map((part, index) => (
        <span key={index} className="audit-detail-part">
          <span className={part.rawLabel ? 'mono' : undefined}>{part.label}</span>
          {t('audit.detail.separator')}
          <span className={part.raw ? 'mono' : undefined}>{part.value}</span>
        </span>
      ))}
    </>
  );
}

function AuditTable({ items, names }: { items: AuditEntry[]; names: ObjectNames | undefined }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <table className="table" data-testid="audit-table">
      <thead>
        <tr>
          <th>{t('audit.colWhen')}</th>
          <th>{t('audit.colWho')}</th>
          <th>{t('audit.colAction')}</th>
          <th>{t('audit.colObject')}</th>
          <th>{t('audit.colDetail')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((entry) => (
          <tr key={entry.id} data-testid="audit-row" data-action={entry.action} data-actor={entry.actor} data-object={`${entry.object_type}:${entry.object_id ?? ''}`}>
            <td className="nowrap">{formatDateTime(entry.at, locale)}</td>
            <td>
              <div>{entry.actor_kind === 'local' ? t('audit.local') : entry.actor}</div>
              <div className="row-sub">{t(`audit.kind.${entry.actor_kind}`)}</div>
            </td>
            <td>{isKnownAuditAction(entry.action) ? t(`audit.action.${entry.action}`) : <span className="mono">{entry.action}</span>}</td>
            <td>
              <AuditObject entry={entry} names={names} />
            </td>
            <td className="small" data-testid="audit-detail">
              <AuditDetail entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
