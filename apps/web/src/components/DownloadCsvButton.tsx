import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/useLocale.ts';
import { formatNumber } from '../i18n/localise.ts';
import { downloadText } from '../lib/download.ts';
import type { CsvExportRequest } from '../lib/exportCsv.ts';
import { errorText } from './errorText.ts';
import { Icon } from './Icon.tsx';

/**
 * "Download CSV": walks every page of the list the request names and saves a UTF-8 CSV with
 * a byte-order mark. The export code is imported on the first press, so pages (the editor
 * among them) do not load it at start-up.
 */
export function DownloadCsvButton({ request, testId, small = true }: { request: CsvExportRequest; testId?: string; small?: boolean }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const [rows, setRows] = useState<number | null>(null);
  const [note, setNote] = useState<{ kind: 'error' | 'warning'; text: string } | null>(null);

  const run = async () => {
    setRows(0);
    setNote(null);
    try {
      const { buildCsvExport, csvExportFileName } = await import('../lib/exportCsv.ts');
      const file = await buildCsvExport(request, locale, {
        onProgress: setRows,
        onTruncated: (n) => setNote({ kind: 'warning', text: t('csvExport.truncated', { n: formatNumber(n, locale) }) }),
      });
      downloadText(csvExportFileName(request), file.text, 'text/csv;charset=utf-8');
    } catch (error) {
      setNote({ kind: 'error', text: t('csvExport.failed', { reason: errorText(t, error) }) });
    } finally {
      setRows(null);
    }
  };

  return (
    <span className="csv-download">
      <button type="button" className={small ? 'btn btn-small' : 'btn'} onClick={() => void run()} disabled={rows !== null} title={t('csvExport.downloadTitle')} data-testid={testId}>
        <Icon name="download" /> {rows !== null ? t('csvExport.working', { n: formatNumber(rows, locale) }) : t('csvExport.download')}
      </button>
      {note ? (
        <span className={note.kind === 'error' ? 'small danger' : 'small muted'} role={note.kind === 'error' ? 'alert' : 'status'}>
          {note.text}
        </span>
      ) : null}
    </span>
  );
}
