import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Person, Role } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { errorText } from '../../components/errorText.ts';
import { EmptyState, InlineError } from '../../components/Feedback.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Modal } from '../../components/Modal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { MIN_PASSWORD } from '../../components/PasswordDialog.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNow } from '../../hooks/useNow.ts';
import { formatRelative } from '../../i18n/localise.ts';
import { notify, useAppStore } from '../../state/appStore.ts';
import { AdminOnly } from './AdminOnly.tsx';
import { RoleHelp, RoleSelect } from './RoleSelect.tsx';

const PERSON_ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

/** Admins: who may sign in, with which role; create, change role, disable, delete. */
export function PeoplePage(): ReactElement {
  return (
    <AdminOnly>
      <People />
    </AdminOnly>
  );
}

function People(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const people = useApi('people', api.listPeople);
  const me = useAppStore((s) => (s.session.status === 'ready' ? s.session.person?.id ?? null : null));
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Person | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const update = async (person: Person, change: { role?: Role; disabled?: boolean }) => {
    setBusy(person.id);
    try {
      const updated = await api.updatePerson(person.id, change);
      people.setData((current) => (current ?? []).map((p) => (p.id === updated.id ? updated : p)));
      notify(change.role ? t('people.roleChanged', { email: person.email, role: t(`roles.name.${change.role}`) }) : change.disabled ? t('people.disabledDone', { email: person.email }) : t('people.enabledDone', { email: person.email }));
    } catch (error) {
      notify(errorText(t, error), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.subtitle')}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} data-testid="new-person">
            <Icon name="plus" /> {t('people.create')}
          </button>
        }
      />
      <section className="card card-flush">
        <Loaded
          state={people}
          empty={
            <EmptyState icon="user" title={t('people.emptyTitle')}>
              {t('people.emptyBody')}
            </EmptyState>
          }
        >
          {(rows) => (
            <table className="table" data-testid="people-table">
              <thead>
                <tr>
                  <th>{t('people.colPerson')}</th>
                  <th>{t('people.colRole')}</th>
                  <th>{t('people.colLastSignIn')}</th>
                  <th>{t('people.colStatus')}</th>
                  <th className="actions-col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((person) => (
                  <tr key={person.id} data-testid={`person-${person.email}`}>
                    <td className="cell-main">
                      <div className="row-title">{person.name || person.email}</div>
                      <div className="row-sub">
                        {person.email}
                        {person.id === me ? ` · ${t('people.you')}` : ''}
                      </div>
                    </td>
                    <td>
                      <RoleSelect value={person.role} roles={PERSON_ROLES} onChange={(role) => void update(person, { role })} disabled={busy === person.id} testId={`person-role-${person.email}`} />
                    </td>
                    <td>{person.last_sign_in_at ? formatRelative(person.last_sign_in_at, locale, now) : <span className="muted">{t('people.never')}</span>}</td>
                    <td>{person.disabled ? <span className="chip chip-warning">{t('people.disabled')}</span> : <span className="chip chip-success">{t('people.active')}</span>}</td>
                    <td className="actions-col">
                      <div className="row-actions">
                        <button type="button" className="btn btn-small" disabled={busy === person.id} onClick={() => void update(person, { disabled: !person.disabled })} data-testid={`person-toggle-${person.email}`}>
                          {person.disabled ? t('people.enable') : t('people.disable')}
                        </button>
                        <button type="button" className="icon-btn danger" title={t('people.delete')} aria-label={t('people.delete')} onClick={() => setDeleting(person)} data-testid={`person-delete-${person.email}`}>
                          <Icon name="trash" />
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Loaded>
      </section>
      {creating ? (
        <CreatePersonDialog
          onClose={() => setCreating(false)}
          onCreated={(person) => {
            setCreating(false);
            people.setData((current) => [...(current ?? []), person]);
            notify(t('people.created', { email: person.email }));
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('people.deleteTitle', { email: deleting.email })}
          confirmLabel={t('people.delete')}
          danger
          testId="delete-person"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.deletePerson(deleting.id);
            people.setData((current) => (current ?? []).filter((p) => p.id !== deleting.id));
            notify(t('people.deleted', { email: deleting.email }));
          }}
        >
          {t('people.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function CreatePersonDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (person: Person) => void }): ReactElement {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const emailProblem = email.trim() !== '' && !/^[^\s@]+@[^\s@]+$/.test(email.trim()) ? t('people.emailInvalid') : null;
  const passwordProblem = password.length > 0 && password.length < MIN_PASSWORD ? t('account.passwordShort', { count: MIN_PASSWORD }) : null;
  const ready = email.trim() !== '' && password.length >= MIN_PASSWORD && emailProblem === null;

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      onCreated(await api.createPerson({ email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}), role, password }));
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('people.create')}
      onClose={onClose}
      testId="person-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!ready || busy} onClick={() => void create()} data-testid="person-create">
            {busy ? t('common.creating') : t('people.createConfirm')}
          </button>
        </>
      }
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void create();
        }}
      >
        <label className="field">
          <span className="field-label">{t('people.email')}</span>
          <input type="email" className="input" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" data-autofocus data-testid="person-email" />
          {emailProblem ? <span className="field-hint danger">{emailProblem}</span> : null}
        </label>
        <label className="field">
          <span className="field-label">{t('people.name')}</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" data-testid="person-name" />
        </label>
        <label className="field">
          <span className="field-label">{t('people.role')}</span>
          <RoleSelect value={role} roles={PERSON_ROLES} onChange={setRole} testId="person-role" />
        </label>
        <RoleHelp roles={PERSON_ROLES} />
        <label className="field">
          <span className="field-label">{t('people.password')}</span>
          <input type="password" className="input" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" data-testid="person-password" />
          <span className={passwordProblem ? 'field-hint danger' : 'field-hint'}>{passwordProblem ?? t('people.passwordHint', { count: MIN_PASSWORD })}</span>
        </label>
        <InlineError error={error} />
      </form>
    </Modal>
  );
}
