import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/appStore.ts';
import { Icon } from './Icon.tsx';

export function Toasts(): ReactElement {
  const { t } = useTranslation();
  const toasts = useAppStore((s) => s.toasts);
  const dismiss = useAppStore((s) => s.dismiss);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <Icon name={toast.kind === 'error' ? 'alert' : toast.kind === 'success' ? 'check' : 'info'} />
          <span>{toast.text}</span>
          <button type="button" className="icon-btn" onClick={() => dismiss(toast.id)} aria-label={t('common.close')}>
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
