import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useMatch } from 'react-router';
import { ApiError } from '../api/ApiError.ts';
import { api, onUnauthorized, readApiKey, storeApiKey } from '../api/client.ts';
import type { Locale } from '../api/types.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { setLocale } from '../i18n/i18n.ts';
import { useAppStore } from '../state/appStore.ts';
import { errorText } from './errorText.ts';
import { HealthIndicator } from './HealthIndicator.tsx';
import { Icon, type IconName } from './Icon.tsx';
import { Modal } from './Modal.tsx';
import { Toasts } from './Toasts.tsx';

const PAGES: { page: string; to: string; icon: IconName }[] = [
  { page: 'playbooks', to: '/playbooks', icon: 'playbooks' },
  { page: 'templates', to: '/templates', icon: 'templates' },
  { page: 'customers', to: '/customers', icon: 'customers' },
  { page: 'analytics', to: '/analytics', icon: 'analytics' },
  { page: 'segments', to: '/segments', icon: 'segments' },
  { page: 'tasks', to: '/tasks', icon: 'tasks' },
];

/** The frame of every page: navigation on the left, product bar on top. */
export function Shell(): ReactElement {
  const { t } = useTranslation();
  const askForApiKey = useAppStore((s) => s.askForApiKey);
  const needsApiKey = useAppStore((s) => s.needsApiKey);
  useEffect(() => onUnauthorized((error) => askForApiKey(error.message)), [askForApiKey]);
  // The editor needs the width: navigation shrinks to icons there.
  const compact = useMatch('/playbooks/:id') !== null;

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
          <ApiKeyButton />
          <LanguageSwitch />
        </div>
      </header>
      <nav className="sidenav" aria-label={t('shell.navigation')}>
        <ul>
          {PAGES.map(({ page, to, icon }) => (
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

function LanguageSwitch(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const options: { value: Locale; label: string }[] = [
    { value: 'en', label: 'EN' },
    { value: 'zh-CN', label: '中文' },
  ];
  return (
    <div className="lang-switch" role="group" aria-label={t('shell.language')} data-testid="lang-switch">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={locale === option.value ? 'lang-option active' : 'lang-option'}
          aria-pressed={locale === option.value}
          lang={option.value}
          data-testid={`lang-${option.value}`}
          onClick={() => void setLocale(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

function ApiKeyButton(): ReactElement | null {
  const { t } = useTranslation();
  const askForApiKey = useAppStore((s) => s.askForApiKey);
  const [hasKey] = useState(() => readApiKey() !== null);
  if (!hasKey) return null;
  return (
    <button type="button" className="icon-btn" title={t('apiKey.change')} aria-label={t('apiKey.change')} onClick={() => askForApiKey('')}>
      <Icon name="key" />
    </button>
  );
}

/** Shown when the server answers 401: the key is kept in this browser and sent as a Bearer token. */
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
