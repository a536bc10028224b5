import { useState, type ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { ApiKeySummary, CreatedApiKey, Role } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState, InlineError, Notice } from '../../components/Feedback.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Modal } from '../../components/Modal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNow } from '../../hooks/useNow.ts';
import { formatDate, formatRelative } from '../../i18n/localise.ts';
import { notify } from '../../state/appStore.ts';
import { AdminOnly } from './AdminOnly.tsx';
import { ConnectSourceCard } from './ConnectSourceCard.tsx';
import { RoleHelp, RoleSelect } from './RoleSelect.tsx';

const KEY_ROLES: readonly Role[] = ['ingest', 'viewer', 'editor', 'admin'];

/** Admins: API keys for integrations, each with a role; the key's text is shown once, when created. */
export function KeysPage(): ReactElement {
  return (
    <AdminOnly>
      <Keys />
    </AdminOnly>
  );
}

function Keys(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const keys = useApi('keys', api.listKeys);
  // What the create dialog starts with; null: closed.
  const [creating, setCreating] = useState<{ name: string; role: Role } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeySummary | null>(null);

  return (
    <div className="page">
      <PageHeader
        title={t('keys.title')}
        subtitle={t('keys.subtitle')}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating({ name: '', role: 'ingest' })} data-testid="new-key">
            <Icon name="plus" /> {t('keys.create')}
          </button>
        }
      />
      <section className="card card-flush">
        <Loaded
          state={keys}
          empty={
            <EmptyState icon="key" title={t('keys.emptyTitle')}>
              {t('keys.emptyBody')}
            </EmptyState>
          }
        >
          {(rows) => (
            <table className="table" data-testid="keys-table">
              <thead>
                <tr>
                  <th>{t('keys.colName')}</th>
                  <th>{t('keys.colRole')}</th>
                  <th>{t('keys.colCreated')}</th>
                  <th>{t('keys.colLastUsed')}</th>
                  <th className="actions-col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((key) => (
                  <tr key={key.id} data-testid={`key-${key.name}`}>
                    <td className="cell-main">
                      <div className="row-title">{key.name}</div>
                    </td>
                    <td>{t(`roles.name.${key.role}`)}</td>
                    <td>{formatDate(key.created_at, locale)}</td>
                    <td>{key.last_used_at ? formatRelative(key.last_used_at, locale, now) : <span className="muted">{t('keys.neverUsed')}</span>}</td>
                    <td className="actions-col">
                      <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => setRevoking(key)} data-testid={`revoke-${key.name}`}>
                        {t('keys.revoke')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Loaded>
      </section>
      <ConnectSourceCard onCreateKey={(tool) => setCreating({ name: tool, role: 'ingest' })} />
      {creating ? (
        <CreateKeyDialog
          initial={creating}
          onClose={() => setCreating(null)}
          onCreated={(key) => {
            const { key: _text, ...summary } = key;
            keys.setData((current) => [...(current ?? []), { ...summary, last_used_at: null }]);
          }}
        />
      ) : null}
      {revoking ? (
        <ConfirmDialog
          title={t('keys.revokeTitle', { name: revoking.name })}
          confirmLabel={t('keys.revoke')}
          danger
          testId="revoke-key"
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await api.deleteKey(revoking.id);
            keys.setData((current) => (current ?? []).filter((k) => k.id !== revoking.id));
            notify(t('keys.revoked', { name: revoking.name }));
          }}
        >
          {t('keys.revokeBody')}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** Name and role (as `initial` chooses them), then the key itself — once, with a copy button. */
function CreateKeyDialog({ initial, onClose, onCreated }: { initial: { name: string; role: Role }; onClose: () => void; onCreated: (key: CreatedApiKey) => void }): ReactElement {
  const { t } = useTranslation();
  const [name, setName] = useState(initial.name);
  const [role, setRole] = useState<Role>(initial.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [copied, setCopied] = useState(false);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const key = await api.createKey({ name: name.trim(), role });
      setCreated(key);
      onCreated(key);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
    } catch {
      // No clipboard (insecure origin): the text is selectable.
      setError(new Error(t('keys.copyFailed')));
    }
  };

  if (created) {
    return (
      <Modal
        title={t('keys.createdTitle', { name: created.name })}
        onClose={onClose}
        testId="key-created"
        footer={
          <button type="button" className="btn btn-primary" onClick={onClose} data-testid="key-done">
            {t('keys.done')}
          </button>
        }
      >
        <div className="stack">
          <Notice kind="warning">{t('keys.onceOnly')}</Notice>
          <div className="key-reveal">
            <code className="mono" data-testid="key-text">
              {created.key}
            </code>
            <button type="button" className="btn btn-small" onClick={() => void copy()} data-testid="key-copy">
              <Icon name={copied ? 'check' : 'copy'} /> {copied ? t('keys.copied') : t('keys.copy')}
            </button>
          </div>
          <p className="muted small">{t('keys.howToUse')}</p>
          {created.role === 'ingest' ? (
            <p className="muted small" data-testid="key-write-key">
              <Trans i18nKey="keys.howToUseIngest" t={t} components={{ c: <code />, tool: <span data-raw="" /> }} />
            </p>
          ) : null}
          <InlineError error={error} />
        </div>
      </Modal>
    );
  }

  return (
    <Modal
      title={t('keys.create')}
      onClose={onClose}
      testId="key-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy || name.trim() === ''} onClick={() => void create()} data-testid="key-create">
            {busy ? t('common.creating') : t('keys.createConfirm')}
          </button>
        </>
      }
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() !== '') void create();
        }}
      >
        <label className="field">
          <span className="field-label">{t('keys.name')}</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder={t('keys.namePlaceholder')} autoComplete="off" data-autofocus data-testid="key-name" />
        </label>
        <label className="field">
          <span className="field-label">{t('keys.role')}</span>
          <RoleSelect value={role} roles={KEY_ROLES} onChange={setRole} testId="key-role" />
        </label>
        <RoleHelp roles={KEY_ROLES} />
        <InlineError error={error} />
      </form>
    </Modal>
  );
}
