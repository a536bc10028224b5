import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError.ts';
import { api, setCsrfToken } from '../../api/client.ts';
import { InlineError, Notice } from '../../components/Feedback.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useAppStore } from '../../state/appStore.ts';

/**
 * Email and password. Shown in place of the page asked for, so after signing in the
 * person is where they were (the address never changes). `reason`: the server's 401,
 * when a session ended while the app was open.
 */
export function SignInPage({ reason }: { reason: string | null }): ReactElement {
  const { t } = useTranslation();
  const setSession = useAppStore((s) => s.setSession);
  const askForApiKey = useAppStore((s) => s.askForApiKey);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.signIn(email.trim(), password);
      setCsrfToken(answer.csrf_token);
      const session = await api.getSession();
      setCsrfToken(session.csrf_token ?? answer.csrf_token);
      setSession(session);
    } catch (cause) {
      setError(cause instanceof ApiError && cause.status === 401 ? new Error(t('signIn.wrong')) : cause instanceof ApiError && cause.status === 429 ? new Error(t('signIn.tooMany')) : cause);
      setBusy(false);
    }
  };

  return (
    <div className="signin-page">
      <div className="signin-lang">
        <LanguageSwitch />
      </div>
      <form
        className="card signin-card stack"
        data-testid="sign-in"
        onSubmit={(event) => {
          event.preventDefault();
          void signIn();
        }}
      >
        <div className="signin-brand">
          <svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="var(--brand)" />
            <path d="M9 20c3 3 11 3 14-1M9 12c3-4 11-4 14 0" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" />
            <circle cx="23" cy="19" r="2.2" fill="#fff" />
          </svg>
          <span className="brand-name">Stayflow</span>
        </div>
        <h1>{t('signIn.title')}</h1>
        {reason !== null ? <Notice>{t('signIn.ended')}</Notice> : null}
        <label className="field">
          <span className="field-label">{t('signIn.email')}</span>
          <input type="email" className="input" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="username" required autoFocus data-testid="sign-in-email" />
        </label>
        <label className="field">
          <span className="field-label">{t('signIn.password')}</span>
          <input type="password" className="input" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required data-testid="sign-in-password" />
        </label>
        <InlineError error={error} />
        <button type="submit" className="btn btn-primary" disabled={busy || email.trim() === '' || password === ''} data-testid="sign-in-submit">
          {busy ? t('signIn.signingIn') : t('signIn.submit')}
        </button>
        <p className="muted small">{t('signIn.forgot')}</p>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => askForApiKey('')} data-testid="sign-in-with-key">
          {t('signIn.useKey')}
        </button>
      </form>
    </div>
  );
}
