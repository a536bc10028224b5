import { attributeNameFor, checkMapping, formatCsvMessage, KNOWN_ATTRIBUTES, ORDER_FIELDS, targetLabel, type ColumnTarget, type CsvCheck, type CsvPreview, type RowError } from '@stayflow/csv';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { errorText } from '../../components/errorText.ts';
import { EmptyState, Notice } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { usePermission } from '../../hooks/usePermission.ts';
import { formatNumber } from '../../i18n/localise.ts';
import { CsvImportSession } from './csvImportSession.ts';

type Step =
  | { kind: 'pick' }
  | { kind: 'reading'; file: File }
  | { kind: 'unreadable'; file: File; reason: string }
  | { kind: 'mapping'; file: File; preview: CsvPreview; mapping: ColumnTarget[] }
  | { kind: 'checking'; file: File; preview: CsvPreview; mapping: ColumnTarget[]; rows: number }
  | { kind: 'checked'; file: File; preview: CsvPreview; mapping: ColumnTarget[]; check: CsvCheck }
  | { kind: 'importing'; file: File; check: CsvCheck; done: number }
  | { kind: 'done'; file: File; rows: number; upserted: number; accepted: number; duplicates: number }
  | { kind: 'failed'; file: File; reason: string };

/** Every target a column can go to, its own attribute name among them. */
function targetsFor(header: string): ColumnTarget[] {
  const own = `attribute:${attributeNameFor(header)}` as ColumnTarget;
  const known = KNOWN_ATTRIBUTES.map((name) => `attribute:${name}` as ColumnTarget);
  return ['id', ...known, ...(known.includes(own) || header.trim() === '' ? [] : [own]), 'tags', ...ORDER_FIELDS, 'ignore'];
}

/**
 * Customers → Import CSV: pick or drop a file, check the column mapping against a preview,
 * check the whole file (every problem listed by row and column, nothing written), then
 * write it in batches with a progress bar. The file is read in a Web Worker.
 */
/** Importing writes customers: editors and admins only; others see why instead of a form whose every write is a 403. */
export function ImportCustomersPage(): ReactElement {
  const { t } = useTranslation();
  const canImport = usePermission('customers');
  if (canImport.allowed) return <ImportCustomersForm />;
  return (
    <div className="page" data-testid="import-not-allowed">
      <PageHeader title={t('csvImport.title')} />
      <EmptyState icon="upload" title={t('csvImport.title')}>
        {canImport.reason}
      </EmptyState>
    </div>
  );
}

function ImportCustomersForm(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const session = useRef<CsvImportSession | null>(null);

  useEffect(() => () => session.current?.close(), []);

  const fresh = () => {
    session.current?.close();
    session.current = new CsvImportSession();
    return session.current;
  };

  const read = async (file: File) => {
    setStep({ kind: 'reading', file });
    try {
      const preview = await fresh().preview(file);
      setStep({ kind: 'mapping', file, preview, mapping: preview.guesses });
    } catch (error) {
      setStep({ kind: 'unreadable', file, reason: errorText(t, error) });
    }
  };

  const check = async (file: File, preview: CsvPreview, mapping: ColumnTarget[]) => {
    setStep({ kind: 'checking', file, preview, mapping, rows: 0 });
    try {
      const result = await fresh().check(file, mapping, locale, Date.now(), (rows) => setStep({ kind: 'checking', file, preview, mapping, rows }));
      setStep({ kind: 'checked', file, preview, mapping, check: result });
    } catch (error) {
      setStep({ kind: 'failed', file, reason: errorText(t, error) });
    }
  };

  const write = async (file: File, mapping: ColumnTarget[], checked: CsvCheck) => {
    setStep({ kind: 'importing', file, check: checked, done: 0 });
    const totals = { upserted: 0, accepted: 0, duplicates: 0 };
    try {
      const summary = await fresh().import(file, mapping, locale, Date.now(), async (batch) => {
        totals.upserted += (await api.upsertCustomers(batch.customers)).upserted;
        if (batch.orders.length > 0) {
          const answer = await api.sendEvents(batch.orders);
          totals.accepted += answer.accepted;
          totals.duplicates += answer.duplicates + (answer.conflicts ?? 0);
        }
        setStep({ kind: 'importing', file, check: checked, done: batch.rowsRead });
      });
      setStep({ kind: 'done', file, rows: summary.rows, ...totals });
    } catch (error) {
      setStep({ kind: 'failed', file, reason: errorText(t, error) });
    }
  };

  const n = (value: number) => formatNumber(value, locale);
  const problemText = (error: RowError) => formatCsvMessage(error.code, error.params, locale);

  const pick = (
    <div
      className={dragging ? 'dropzone active' : 'dropzone'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) void read(file);
      }}
      data-testid="csv-dropzone"
    >
      <Icon name="upload" size={28} />
      <p>{t('csvImport.dropOrPick')}</p>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        {t('csvImport.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv,text/plain"
        className="sr-only"
        data-testid="csv-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void read(file);
          event.target.value = '';
        }}
      />
      <p className="muted small">{t('csvImport.hint')}</p>
    </div>
  );

  const startOver = (
    <button type="button" className="btn btn-small" onClick={() => setStep({ kind: 'pick' })} data-testid="csv-start-over">
      {step.kind === 'done' ? t('csvImport.another') : t('csvImport.cancel')}
    </button>
  );

  const mappingTable = (file: File, preview: CsvPreview, mapping: ColumnTarget[], editable: boolean) => {
    const mappingErrors = checkMapping(preview.headers, mapping, locale);
    return (
      <section className="card stack" data-testid="csv-mapping">
        <h3>{t('csvImport.mapping', { file: file.name })}</h3>
        <p className="muted small">{t('csvImport.mappingHint')}</p>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('csvImport.colColumn')}</th>
                <th>{t('csvImport.colTarget')}</th>
                <th>{t('csvImport.preview')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.headers.map((header, index) => (
                <tr key={`${index}:${header}`}>
                  <td className="mono">{header}</td>
                  <td>
                    <select
                      className="input"
                      value={mapping[index]}
                      disabled={!editable}
                      aria-label={t('csvImport.colTarget') + ': ' + header}
                      data-testid={`csv-target-${index}`}
                      onChange={(event) => {
                        const next = [...mapping];
                        next[index] = event.target.value as ColumnTarget;
                        setStep({ kind: 'mapping', file, preview, mapping: next });
                      }}
                    >
                      {targetsFor(header).map((target) => (
                        <option key={target} value={target}>
                          {target === `attribute:${attributeNameFor(header)}` && !KNOWN_ATTRIBUTES.some((name) => target === `attribute:${name}`) ? t('csvImport.ownAttribute', { name: attributeNameFor(header) }) : targetLabel(target, locale)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="muted small">{preview.rows.map((row) => row[index] ?? '').filter((cell) => cell !== '').slice(0, 3).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {mappingErrors.length > 0 ? (
          <ul className="problem-list" data-testid="csv-mapping-problems">
            {mappingErrors.map((error) => (
              <li key={error.code + error.column}>{problemText(error)}</li>
            ))}
          </ul>
        ) : null}
        {editable ? (
          <div className="row">
            <button type="button" className="btn btn-primary" disabled={mappingErrors.length > 0} onClick={() => void check(file, preview, mapping)} data-testid="csv-check">
              {t('csvImport.check')}
            </button>
            {startOver}
          </div>
        ) : null}
      </section>
    );
  };

  const progress = (done: number, total: number) => {
    const percent = Math.floor((done / Math.max(total, 1)) * 100);
    const text = t('csvImport.importing', { done: n(done), total: n(total) });
    return (
      <div className="stack" data-testid="csv-progress">
        <p>{text}</p>
        <span className="job-bar" role="progressbar" aria-label={t('csvImport.progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text}>
          <span className="job-bar-fill" style={{ width: `${percent}%` }} />
        </span>
      </div>
    );
  };

  return (
    <div className="page">
      <PageHeader
        title={t('csvImport.title')}
        subtitle={t('csvImport.subtitle')}
        actions={
          <Link to="/customers" className="btn btn-small">
            <Icon name="back" /> {t('nav.customers')}
          </Link>
        }
      />
      <div className="stack">
        {step.kind === 'pick' ? pick : null}
        {step.kind === 'reading' ? <p className="muted">{t('csvImport.reading', { file: step.file.name })}</p> : null}
        {step.kind === 'unreadable' ? (
          <>
            <Notice kind="danger">{t('csvImport.unreadable', { reason: step.reason })}</Notice>
            {pick}
          </>
        ) : null}
        {step.kind === 'mapping' ? mappingTable(step.file, step.preview, step.mapping, true) : null}
        {step.kind === 'checking' ? (
          <>
            {mappingTable(step.file, step.preview, step.mapping, false)}
            <p className="muted" role="status" data-testid="csv-checking">
              {t('csvImport.checking', { n: n(step.rows) })}
            </p>
          </>
        ) : null}
        {step.kind === 'checked' ? (
          <>
            {mappingTable(step.file, step.preview, step.mapping, false)}
            {step.check.errorCount > 0 ? (
              <section className="card stack" data-testid="csv-problems">
                <Notice kind="danger">{t('csvImport.problems', { count: step.check.errorCount, n: n(step.check.errorCount), rows: n(Math.max(1, step.check.rowsWithErrors)), total: n(step.check.rows) })}</Notice>
                <div className="table-scroll">
                  <table className="table">
                    <thead>
                      <tr>
                        <th className="num">{t('csvImport.colRow')}</th>
                        <th>{t('csvImport.colColumnName')}</th>
                        <th>{t('csvImport.colProblem')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {step.check.errors.map((error, index) => (
                        <tr key={index} data-testid="csv-problem">
                          <td className="num">{error.row}</td>
                          <td className="mono">{error.column || t('csvImport.wholeRow')}</td>
                          <td>{problemText(error)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {step.check.errorCount > step.check.errors.length ? <p className="muted small">{t('csvImport.moreProblems', { n: n(step.check.errorCount - step.check.errors.length), shown: n(step.check.errors.length) })}</p> : null}
                <div className="row">{startOver}</div>
              </section>
            ) : (
              <section className="card stack" data-testid="csv-ready">
                <Notice kind="success">{t('csvImport.ready', { rows: n(step.check.rows), customers: n(step.check.validRows), orders: n(step.check.orders) })}</Notice>
                <div className="row">
                  <button type="button" className="btn btn-primary" onClick={() => void write(step.file, step.mapping, step.check)} data-testid="csv-import">
                    {t('csvImport.importNow', { n: n(step.check.rows) })}
                  </button>
                  {startOver}
                </div>
              </section>
            )}
          </>
        ) : null}
        {step.kind === 'importing' ? <section className="card">{progress(step.done, step.check.rows)}</section> : null}
        {step.kind === 'done' ? (
          <section className="card stack" data-testid="csv-done">
            {progress(step.rows, step.rows)}
            <Notice kind="success">{t('csvImport.done', { rows: n(step.rows), customers: n(step.upserted), orders: n(step.accepted) })}</Notice>
            {step.duplicates > 0 ? <p className="muted">{t('csvImport.duplicates', { n: n(step.duplicates) })}</p> : null}
            <div className="row">
              <Link to="/customers" className="btn btn-primary" data-testid="csv-view-customers">
                {t('csvImport.viewCustomers')}
              </Link>
              {startOver}
            </div>
          </section>
        ) : null}
        {step.kind === 'failed' ? (
          <section className="card stack" data-testid="csv-failed">
            <Notice kind="danger">{t('csvImport.failed', { reason: step.reason })}</Notice>
            <div className="row">{startOver}</div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
