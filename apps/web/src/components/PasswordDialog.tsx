import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { notify } from '../state/appStore.ts';
import { InlineError } from './Feedback.tsx';
import { Modal } from './Modal.tsx';

/** The server's rule for a new password (api-v1.1 sessions): at least this many characters. */
export const MIN_PASSWORD = 10;

/** Changes the signed-in person's password; their other sessions end. */
export function PasswordDialog({ onClose }: { onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problem = next.length > 0 && next.length < MIN_PASSWORD ? t('account.passwordShort', { count: MIN_PASSWORD }) : repeat.length > 0 && repeat !== next ? t('account.passwordMismatch') : null;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.changePassword(current, next);
      notify(t('account.passwordChanged'));
      onClose();
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('account.changePassword')}
      onClose={onClose}
      size="small"
      testId="password-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy || problem !== null || current === '' || next === '' || repeat !== next} onClick={() => void save()} data-testid="password-save">
            {busy ? t('common.saving') : t('account.savePassword')}
          </button>
        </>
      }
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (problem === null && repeat === next) void save();
        }}
      >
        <label className="field">
          <span className="field-label">{t('account.currentPassword')}</span>
          <input type="password" className="input" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" data-autofocus data-testid="password-current" />
        </label>
        <label className="field">
          <span className="field-label">{t('account.newPassword')}</span>
          <input type="password" className="input" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" data-testid="password-new" />
          <span className="field-hint">{t('account.passwordRule', { count: MIN_PASSWORD })}</span>
        </label>
        <label className="field">
          <span className="field-label">{t('account.repeatPassword')}</span>
          <input type="password" className="input" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" data-testid="password-repeat" />
        </label>
        {problem ? <div className="field-hint danger">{problem}</div> : null}
        <InlineError error={error} />
      </form>
    </Modal>
  );
}
