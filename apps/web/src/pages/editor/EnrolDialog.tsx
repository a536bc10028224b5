import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { EnrolmentResult } from '../../api/types.ts';
import { InlineError } from '../../components/Feedback.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { customerName } from '../../lib/customerName.ts';
import { skippedByReason } from '../../lib/skippedByReason.ts';
import { notify } from '../../state/appStore.ts';

/**
 * Enrols customers by hand into a live playbook with a manual trigger: pick them by
 * search, or paste ids (one per line, or separated by commas) from another system.
 * When everyone entered it closes with a notice; when some were skipped it stays open on
 * the result: how many entered, and who did not, grouped by the server's reason.
 */
export function EnrolDialog({ id, onClose }: { id: string; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<EnrolmentResult | null>(null);
  const found = useApi(`enrol-search:${query}`, () => api.listCustomers({ ...(query ? { q: query } : {}), limit: 20 }));
  const ids = [...new Set([...picked, ...pasted.split(/[\s,]+/).filter(Boolean)])];

  const toggle = (customerId: string) => setPicked((current) => (current.includes(customerId) ? current.filter((c) => c !== customerId) : [...current, customerId]));
  const enrol = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.enrollCustomers(id, ids);
      if (answer.skipped.length === 0) {
        notify(t('enrol.done', { count: answer.enrolled }));
        onClose();
      } else {
        setResult(answer);
        setBusy(false);
      }
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  if (result) return <EnrolResult result={result} onClose={onClose} />;

  return (
    <Modal
      title={t('enrol.title')}
      onClose={onClose}
      testId="enrol-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy || ids.length === 0} onClick={() => void enrol()} data-testid="enrol-confirm">
            {t('enrol.confirm', { count: ids.length })}
          </button>
        </>
      }
    >
      <div className="stack">
        <p className="muted">{t('enrol.intro')}</p>
        <input className="input" type="search" placeholder={t('enrol.search')} value={query} onChange={(event) => setQuery(event.target.value)} aria-label={t('enrol.search')} data-testid="enrol-search" />
        <ul className="pick-list">
          {(found.data?.customers ?? []).map((customer) => (
            <li key={customer.id}>
              <label className="row">
                <input type="checkbox" checked={picked.includes(customer.id)} onChange={() => toggle(customer.id)} data-testid={`enrol-pick-${customer.id}`} />
                <span>{customerName(customer)}</span>
                <span className="mono muted small">{customer.id}</span>
              </label>
            </li>
          ))}
        </ul>
        <label className="stack">
          <span className="small">{t('enrol.paste')}</span>
          <textarea className="input" rows={3} value={pasted} onChange={(event) => setPasted(event.target.value)} placeholder="cus-00001, cus-00002" data-testid="enrol-paste" />
        </label>
        <InlineError error={error} />
      </div>
    </Modal>
  );
}

/** What an enrolment did: how many entered, and the skipped customers grouped by reason. */
function EnrolResult({ result, onClose }: { result: EnrolmentResult; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('enrol.resultTitle')}
      onClose={onClose}
      testId="enrol-dialog"
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose} data-testid="enrol-close">
          {t('common.close')}
        </button>
      }
    >
      <div className="stack" data-testid="enrol-result">
        <p data-testid="enrol-entered">{t('enrol.entered', { count: result.enrolled })}</p>
        <p>{t('enrol.skipped', { count: result.skipped.length })}</p>
        <ul className="stack">
          {skippedByReason(result.skipped).map(({ reason, customerIds }) => (
            <li key={reason} data-testid={`enrol-skipped-${reason}`}>
              <span className="small">{t(`enrol.reason.${reason}`, { defaultValue: reason })}</span>
              <span className="mono muted small"> ({customerIds.length}): {customerIds.join(', ')}</span>
            </li>
          ))}
        </ul>
      </div>
    </Modal>
  );
}
