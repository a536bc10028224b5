import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useMatch } from 'react-router';
import { ApiError } from '../api/ApiError.ts';
import { api, onUnauthorized, readApiKey, setCsrfToken, storeApiKey } from '../api/client.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { roleAllows, type Need } from '../lib/permissions.ts';
import { SignInPage } from '../pages/team/SignInPage.tsx';
import { useAppStore, useRole } from '../state/appStore.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { errorText } from './errorText.ts';
import { ErrorState, Loading } from './Feedback.tsx';
import { HealthIndicator } from './HealthIndicator.tsx';
import { Icon, type IconName } from './Icon.tsx';
import { Modal } from './Modal.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Toasts } from './Toasts.tsx';

/** The navigation; pages a role cannot open are not listed (admin pages for admins only). */
const PAGES: { page: string; to: string; icon: IconName; need: Need }[] = [
  { page: 'playbooks', to: '/playbooks', icon: 'playbooks', need: 'viewer' },
  { page: 'templates', to: '/templates', icon: 'templates', need: 'viewer' },
  { page: 'customers', to: '/customers', icon: 'customers', need: 'viewer' },
  { page: 'analytics', to: '/analytics', icon: 'analytics', need: 'viewer' },
  { page: 'segments', to: '/segments', icon: 'segments', need: 'viewer' },
  { page: 'tasks', to: '/tasks', icon: 'tasks', need: 'viewer' },
  { page: 'approvals', to: '/approvals', icon: 'shield', need: 'viewer' },
  { page: 'people', to: '/people', icon: 'user', need: 'admin' },
  { page: 'keys', to: '/keys', icon: 'key', need: 'admin' },
  { page: 'audit', to: '/audit', icon: 'audit', need: 'admin' },
  { page: 'settings', to: '/settings', icon: 'settings', need: 'admin' },
];

/** Asks `GET /api/session` once at start, and goes back to the sign-in page whenever the server answers 401. */
function useSession(): void {
  const setSession = useAppStore((s) => s.setSession);
  const signedOut = useAppStore((s) => s.signedOut);
  const sessionFailed = useAppStore((s) => s.sessionFailed);
  const status = useAppStore((s) => s.session.status);
  useEffect(
    () =>
      onUnauthorized((error) => {
        setCsrfToken(null);
        signedOut(error.message);
      }),
    [signedOut],
  );
  useEffect(() => {
    if (status !== 'loading') return;
    let current = true;
    api.getSession().then(
      (session) => {
        if (!current) return;
        setCsrfToken(session.csrf_token);
        setSession(session);
      },
      (cause: unknown) => {
        if (!current) return;
        // A server from before sign-in (no /api/session) works as it always did: everyone is admin.
        if (cause instanceof ApiError && cause.isMissingRoute) setSession({ mode: 'local', person: null, role: 'admin', csrf_token: null, four_eyes: false });
        else sessionFailed(cause);
      },
    );
    return () => {
      current = false;
    };
  }, [status, setSession, sessionFailed]);
}

/** The frame of every page: navigation on the left, product bar on top; the sign-in page while nobody is signed in. */
export function Shell(): ReactElement {
  const { t } = useTranslation();
  const session = useAppStore((s) => s.session);
  const needsApiKey = useAppStore((s) => s.needsApiKey);
  const role = useRole();
  useSession();
  // The editor needs the width: navigation shrinks to icons there.
  const compact = useMatch('/playbooks/:id') !== null;

  if (session.status !== 'ready') {
    return (
      <div className="signin-shell">
        <main id="main" className="signin-main" tabIndex={-1}>
          {session.status === 'loading' ? (
            <Loading />
          ) : session.status === 'failed' ? (
            <ErrorState error={session.error} onRetry={() => useAppStore.setState({ session: { status: 'loading' } })} />
          ) : (
            <SignInPage reason={session.reason} />
          )}
        </main>
        {needsApiKey ? <ApiKeyDialog /> : null}
        <Toasts />
      </div>
    );
  }

  return (
    <div className={compact ? 'shell shell-compact' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="topbar">
        <NavLink to="/playbooks" className="brand" aria-label="Stayflow">
          <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="var(--brand)" />
            <path d="M9 20c3 3 11 3 14-1M9 12c3-4 11-4 14 0" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" />
            <circle cx="23" cy="19" r="2.2" fill="#fff" />
          </svg>
          <span className="brand-name">Stayflow</span>
        </NavLink>
        <span className="brand-tagline">{t('shell.tagline')}</span>
        <div className="topbar-right">
          <HealthIndicator />
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      <nav className="sidenav" aria-label={t('shell.navigation')}>
        <ul>
          {PAGES.filter(({ need }) => roleAllows(role, need)).map(({ page, to, icon }) => (
            <li key={page}>
              <NavLink to={to} data-testid={`nav-${page}`} title={compact ? t(`nav.${page}`) : undefined} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
                <Icon name={icon} size={18} />
                <span>{t(`nav.${page}`)}</span>
              </NavLink>
            </li>
          ))}
        </ul>
        <div className="sidenav-footer">
          <a href="/api/docs" target="_blank" rel="noreferrer" className="nav-link subtle" title={compact ? t('shell.apiDocs') : undefined}>
            <Icon name="info" size={18} />
            <span>{t('shell.apiDocs')}</span>
          </a>
        </div>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      {needsApiKey ? <ApiKeyDialog /> : null}
      <Toasts />
    </div>
  );
}

/** Signing in with an API key instead of a person (from the sign-in page): the key is kept in this browser and sent as a Bearer token. */
function ApiKeyDialog(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const reason = useAppStore((s) => s.apiKeyReason);
  const provided = useAppStore((s) => s.apiKeyProvided);
  const [key, setKey] = useState(() => readApiKey() ?? '');
  const [error, setError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const save = async () => {
    setChecking(true);
    setError(null);
    const candidate = key.trim() || null;
    try {
      // Kept only once the server takes it.
      await api.checkApiKey(candidate);
      storeApiKey(candidate);
      provided();
      window.location.reload();
    } catch (cause) {
      setError(cause instanceof ApiError && cause.status === 401 ? new Error(t('apiKey.rejected')) : cause);
      setChecking(false);
    }
  };
  return (
    <Modal
      title={t('apiKey.title')}
      onClose={provided}
      size="small"
      testId="api-key-dialog"
      footer={
        <>
          {readApiKey() ? (
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                storeApiKey(null);
                setKey('');
              }}
            >
              {t('apiKey.forget')}
            </button>
          ) : null}
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={checking || key.trim() === ''}>
            {checking ? t('common.working') : t('apiKey.save')}
          </button>
        </>
      }
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p>{t('apiKey.explain')}</p>
        {reason && locale === 'en' ? <p className="muted small">{reason}</p> : null}
        <label className="field">
          <span className="field-label">{t('apiKey.label')}</span>
          <input type="password" className="input mono" value={key} onChange={(event) => setKey(event.target.value)} autoComplete="off" data-testid="api-key-input" data-autofocus />
        </label>
        {error ? <div className="inline-error">{errorText(t, error)}</div> : null}
      </form>
    </Modal>
  );
}
