import { useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from './Feedback.tsx';
import { Modal } from './Modal.tsx';

interface ConfirmProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
}

/** Asks before doing something; shows the server's sentence if it refuses. */
export function ConfirmDialog({ title, children, confirmLabel, danger = false, onConfirm, onClose, testId }: ConfirmProps): ReactElement {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };
  return (
    <Modal
      title={title}
      onClose={onClose}
      size="small"
      testId={testId}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className={danger ? 'btn btn-danger' : 'btn btn-primary'} onClick={() => void confirm()} disabled={busy} data-testid={testId ? `${testId}-confirm` : undefined}>
            {busy ? t('common.working') : confirmLabel}
          </button>
        </>
      }
    >
      <div className="stack">
        <div>{children}</div>
        <InlineError error={error} />
      </div>
    </Modal>
  );
}
