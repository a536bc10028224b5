import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError.ts';
import { errorText } from './errorText.ts';
import { Icon, type IconName } from './Icon.tsx';

/** Loading, empty and error states: every one a sentence, never a blank area. */

export function Loading({ label, inline = false }: { label?: string; inline?: boolean }): ReactElement {
  const { t } = useTranslation();
  return (
    <div className={inline ? 'loading loading-inline' : 'loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function EmptyState({ icon = 'empty', title, children, action }: { icon?: IconName; title: string; children?: ReactNode; action?: ReactNode }): ReactElement {
  return (
    <div className="empty-state">
      <div className="empty-icon">
        <Icon name={icon} size={28} />
      </div>
      <h3>{title}</h3>
      {children ? <p>{children}</p> : null}
      {action ? <div className="empty-action">{action}</div> : null}
    </div>
  );
}

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }): ReactElement {
  const { t } = useTranslation();
  const unauthorized = error instanceof ApiError && error.status === 401;
  // Asking again does not bring back what does not exist, or fix a refused request.
  const retryable = !(error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429);
  return (
    <div className="error-state" role="alert">
      <div className="empty-icon danger">
        <Icon name={unauthorized ? 'key' : 'alert'} size={28} />
      </div>
      <h3>{title ?? (unauthorized ? t('errors.needKeyTitle') : t('errors.loadFailed'))}</h3>
      <p>{errorText(t, error)}</p>
      {onRetry && retryable ? (
        <button type="button" className="btn" onClick={onRetry}>
          <Icon name="refresh" /> {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function InlineError({ error }: { error: unknown }): ReactElement | null {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="inline-error" role="alert">
      <Icon name="alert" />
      <span>{errorText(t, error)}</span>
    </div>
  );
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'warning' | 'success' | 'danger'; children: ReactNode }): ReactElement {
  return (
    <div className={`notice notice-${kind}`}>
      <Icon name={kind === 'success' ? 'check' : kind === 'info' ? 'info' : 'alert'} />
      <div>{children}</div>
    </div>
  );
}
