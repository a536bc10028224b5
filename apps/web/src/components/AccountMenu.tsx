import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken, storeApiKey } from '../api/client.ts';
import { useAppStore } from '../state/appStore.ts';
import { errorText } from './errorText.ts';
import { Icon } from './Icon.tsx';
import { PasswordDialog } from './PasswordDialog.tsx';
import { notify } from '../state/appStore.ts';

/**
 * Who is using the app, in the top bar: the person (or the API key, or local mode) and
 * their role; sign out and change password. Local mode says, quietly, that anyone on
 * this computer is admin and how to create the first person.
 */
export function AccountMenu(): ReactElement | null {
  const { t } = useTranslation();
  const session = useAppStore((s) => s.session);
  const signedOut = useAppStore((s) => s.signedOut);
  const [open, setOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (session.status !== 'ready') return null;
  const label = session.mode === 'signed_in' && session.person ? session.person.name || session.person.email : session.mode === 'key' ? t('account.apiKey') : t('account.local');

  const signOut = async () => {
    try {
      if (session.mode === 'key') storeApiKey(null);
      else await api.signOut();
      setCsrfToken(null);
      setOpen(false);
      signedOut(null);
      useAppStore.setState({ session: { status: 'loading' } });
    } catch (error) {
      notify(errorText(t, error), 'error');
    }
  };

  return (
    <div className="account" ref={root}>
      <button type="button" className="account-button" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen((v) => !v)} data-testid="account-menu" data-role={session.role} data-mode={session.mode}>
        <Icon name="user" />
        <span className="account-name">{label}</span>
        <span className="chip">{t(`roles.name.${session.role}`)}</span>
      </button>
      {open ? (
        <div className="account-panel" role="menu" data-testid="account-panel">
          {session.mode === 'signed_in' && session.person ? (
            <div className="account-who">
              <div className="row-title">{session.person.name || session.person.email}</div>
              <div className="row-sub">{session.person.email}</div>
              <div className="row-sub">{t('account.role', { role: t(`roles.name.${session.role}`) })}</div>
            </div>
          ) : session.mode === 'key' ? (
            <div className="account-who">
              <div className="row-title">{t('account.apiKey')}</div>
              <div className="row-sub">{t('account.role', { role: t(`roles.name.${session.role}`) })}</div>
            </div>
          ) : (
            <div className="account-who" data-testid="local-mode">
              <div className="row-title">{t('account.localTitle')}</div>
              <p className="row-sub">{t('account.localHint')}</p>
              <code className="mono small">pnpm stayflow users create --email you@example.com --role admin</code>
            </div>
          )}
          {session.mode === 'signed_in' ? (
            <button
              type="button"
              role="menuitem"
              className="account-item"
              onClick={() => {
                setOpen(false);
                setChangingPassword(true);
              }}
              data-testid="change-password"
            >
              <Icon name="key" /> {t('account.changePassword')}
            </button>
          ) : null}
          {session.mode !== 'local' ? (
            <button type="button" role="menuitem" className="account-item" onClick={() => void signOut()} data-testid="sign-out">
              <Icon name="logout" /> {session.mode === 'key' ? t('account.forgetKey') : t('account.signOut')}
            </button>
          ) : null}
        </div>
      ) : null}
      {changingPassword ? <PasswordDialog onClose={() => setChangingPassword(false)} /> : null}
    </div>
  );
}
