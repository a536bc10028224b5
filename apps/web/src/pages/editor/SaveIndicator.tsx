import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errorText.ts';
import { Icon } from '../../components/Icon.tsx';
import type { SaveState } from './useAutosave.ts';

/** "Saved · Saving… · Not saved (reason)", with a retry when saving failed. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }): ReactElement {
  const { t } = useTranslation();
  return (
    <span className={`save-state save-${state.kind}`} data-testid="save-state" data-state={state.kind} aria-live="polite">
      {state.kind === 'saved' ? (
        <>
          <Icon name="check" size={14} /> {t('save.saved')}
        </>
      ) : state.kind === 'pending' ? (
        <>{t('save.pending')}</>
      ) : state.kind === 'saving' ? (
        <>
          <span className="spinner spinner-small" aria-hidden="true" /> {t('save.saving')}
        </>
      ) : (
        <>
          <Icon name="alert" size={14} />
          <span title={errorText(t, state.error)}>{t('save.failed', { reason: errorText(t, state.error) })}</span>
          <button type="button" className="link-btn" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </>
      )}
    </span>
  );
}
