import { useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermission } from '../../hooks/usePermission.ts';
import { api } from '../../api/client.ts';
import type { CustomerDetail } from '../../api/types.ts';
import { errorText } from '../../components/errorText.ts';
import { Icon } from '../../components/Icon.tsx';
import { customerExportFileName } from '../../lib/customerExportFileName.ts';
import { downloadJson } from '../../lib/download.ts';
import { notify } from '../../state/appStore.ts';
import { EraseCustomerDialog } from './EraseCustomerDialog.tsx';

/**
 * The customer's privacy requests: a copy of everything held about them (downloaded
 * through the API client, so a stored API key is sent) and erasure, after a dialog
 * that asks for the customer id to be typed.
 */
export function CustomerPrivacy({ customer }: { customer: CustomerDetail }): ReactElement {
  const { t } = useTranslation();
  const canChange = usePermission('customers');
  const titleId = useId();
  const [exporting, setExporting] = useState(false);
  const [erasing, setErasing] = useState(false);

  const exportData = async () => {
    setExporting(true);
    try {
      const file = customerExportFileName(customer.id);
      downloadJson(file, await api.exportCustomer(customer.id));
      notify(t('privacy.exported', { file }));
    } catch (error) {
      notify(errorText(t, error), 'error');
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="card" aria-labelledby={titleId} data-testid="customer-privacy">
      <h2 className="card-title" id={titleId}>
        {t('privacy.title')}
      </h2>
      <p className="muted small card-hint">{t('privacy.explain')}</p>
      <div className="privacy-actions">
        <div className="privacy-action">
          <button type="button" className="btn" onClick={() => void exportData()} disabled={exporting} aria-describedby={`${titleId}-export`} data-testid="export-customer">
            <Icon name="download" /> {exporting ? t('privacy.exporting') : t('privacy.export')}
          </button>
          <p className="field-hint" id={`${titleId}-export`}>
            {t('privacy.exportHint')}
          </p>
        </div>
        <div className="privacy-action">
          <button type="button" className="btn btn-danger-quiet" onClick={() => setErasing(true)} disabled={!canChange.allowed} aria-haspopup="dialog" aria-describedby={`${titleId}-erase`} data-testid="erase-customer">
            <Icon name="trash" /> {t('privacy.eraseAction')}
          </button>
          <p className="field-hint" id={`${titleId}-erase`}>
            {canChange.reason ?? t('privacy.eraseHint')}
          </p>
        </div>
      </div>
      {erasing ? <EraseCustomerDialog customer={customer} onClose={() => setErasing(false)} /> : null}
    </section>
  );
}
