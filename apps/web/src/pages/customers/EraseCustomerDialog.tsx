import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import type { CustomerDetail } from '../../api/types.ts';
import { InlineError, Notice } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatNumber } from '../../i18n/localise.ts';
import { customerName } from '../../lib/customerName.ts';
import { notify } from '../../state/appStore.ts';

/**
 * Asks before erasing a customer for good: says what goes (and what it stops), and
 * only enables the button once the customer id is typed, as GitHub does for deleting
 * a repository. On success the customer list opens with a notice; a refusal shows the
 * server's sentence in the dialog.
 */
export function EraseCustomerDialog({ customer, onClose }: { customer: CustomerDetail; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const formId = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = customerName(customer);
  const confirmed = typed.trim() === customer.id;
  const active = customer.active_runs.length;

  const erase = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed || busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.eraseCustomer(customer.id);
      notify(name === customer.id ? t('privacy.erase.done', { id: customer.id }) : t('privacy.erase.doneNamed', { name, id: customer.id }));
      void navigate('/customers');
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('privacy.erase.title', { name })}
      onClose={busy ? () => undefined : onClose}
      size="small"
      testId="erase-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-danger" disabled={!confirmed || busy} data-testid="erase-confirm">
            <Icon name="trash" /> {busy ? t('privacy.erase.working') : t('privacy.erase.confirm')}
          </button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={(event) => void erase(event)}>
        <p>{t('privacy.erase.lead', { name })}</p>
        <ul className="erase-list">
          <li>{t('privacy.erase.profile')}</li>
          <li>{t('privacy.erase.events')}</li>
          {active > 0 ? (
            <li className="erase-active">{t('privacy.erase.journeysActive', { count: active, n: formatNumber(active, locale) })}</li>
          ) : (
            <li>{t('privacy.erase.journeys')}</li>
          )}
          <li>{t('privacy.erase.messages')}</li>
          <li>{t('privacy.erase.couponsTasks')}</li>
        </ul>
        <Notice kind="danger">
          <strong>{t('privacy.erase.irreversible')}</strong> {t('privacy.erase.comesBack')}
        </Notice>
        <p className="muted small">{t('privacy.erase.exportFirst')}</p>
        <label className="field">
          <span className="field-label">
            {t('privacy.erase.typeId')} <span className="mono confirm-phrase">{customer.id}</span>
          </span>
          <input
            className="input"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            disabled={busy}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            data-autofocus
            data-testid="erase-confirm-id"
          />
        </label>
        <InlineError error={error} />
      </form>
    </Modal>
  );
}
