import type { Playbook } from '@stayflow/playbook';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError.ts';
import { api } from '../../api/client.ts';
import type { CustomerSummary, Highlight, TestRunResult } from '../../api/types.ts';
import { InlineError, Notice } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Drawer } from '../../components/Modal.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { customerName } from '../../lib/customerName.ts';
import { parseAttributeValue, parsePercent, parseTags } from '../../lib/sampleProfile.ts';
import { ATTRIBUTE_WORDS, attributeName, metricHint, metricName, segmentName } from '../../lib/vocabulary.ts';
import { TestRunReport } from './TestRunReport.tsx';

type Source = 'customer' | 'sample';
interface AttributeRow {
  key: string;
  value: string;
}

const DAYS = [7, 30, 90] as const;
/** The sample's past, as metrics (server README: `customer.history` of a test run). */
const HISTORY_FIELDS = [
  { key: 'orders', metric: 'orders', placeholder: '3' },
  { key: 'days_since_last_order', metric: 'days_since_last_order', placeholder: '120' },
  { key: 'total_spent', metric: 'total_spent', placeholder: '450' },
  { key: 'nps', metric: 'last_nps', placeholder: '7' },
] as const;
type HistoryKey = (typeof HISTORY_FIELDS)[number]['key'];
const ATTRIBUTE_KEYS = Object.keys(ATTRIBUTE_WORDS).filter((key) => key !== 'id' && key !== 'tags' && key !== 'segments');

/** The history fields filled in, as numbers (an entry that is not a number ≥ 0 is left out and marked invalid). */
function historyOf(fields: Record<HistoryKey, string>): Partial<Record<HistoryKey, number>> | undefined {
  const history: Partial<Record<HistoryKey, number>> = {};
  for (const { key } of HISTORY_FIELDS) {
    const value = parseAttributeValue(fields[key]);
    if (typeof value === 'number' && value >= 0) history[key] = value;
  }
  return Object.keys(history).length > 0 ? history : undefined;
}

const SAMPLE_ROWS: AttributeRow[] = [
  { key: 'name', value: 'Alex Chen' },
  { key: 'email', value: 'alex@example.com' },
  { key: 'plan', value: 'Plus' },
  { key: 'birthday', value: '1990-06-15' },
];

interface TestRunPanelProps {
  id: string;
  document: Playbook;
  customers: CustomerSummary[];
  onHighlight: (highlight: Highlight | null) => void;
  onClose: () => void;
}

/**
 * A dry run of the current draft for one customer (real or sample) over 7, 30 or
 * 90 days: nothing is sent. The path taken is highlighted on the canvas.
 */
export function TestRunPanel({ id, document, customers, onHighlight, onClose }: TestRunPanelProps): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const [source, setSource] = useState<Source>('customer');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CustomerSummary[]>(customers.slice(0, 6));
  const [searching, setSearching] = useState(false);
  const [customer, setCustomer] = useState<CustomerSummary | null>(customers[0] ?? null);
  const [rows, setRows] = useState<AttributeRow[]>(SAMPLE_ROWS);
  const [tags, setTags] = useState('');
  const [pAlive, setPAlive] = useState('');
  const [past, setPast] = useState<Record<HistoryKey, string>>({ orders: '', days_since_last_order: '', total_spent: '', nps: '' });
  const [days, setDays] = useState<(typeof DAYS)[number]>(30);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<TestRunResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const needle = query.trim();
    if (needle === '') {
      setResults(customers.slice(0, 6));
      return;
    }
    let current = true;
    setSearching(true);
    const timer = setTimeout(() => {
      api
        .listCustomers({ q: needle, limit: 8 })
        .then((answer) => current && setResults(answer.customers))
        .catch(() => current && setResults([]))
        .finally(() => current && setSearching(false));
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, customers]);

  const run = async () => {
    setRunning(true);
    setError(null);
    setResult(null);
    onHighlight(null);
    try {
      const attributes: Record<string, unknown> = {};
      for (const row of rows) if (row.key.trim() !== '') attributes[row.key.trim()] = parseAttributeValue(row.value);
      const answer = await api.testPlaybook(id, {
        document,
        days,
        locale,
        ...(source === 'customer' && customer
          ? { customer_id: customer.id }
          : {
              customer: {
                attributes,
                tags: parseTags(tags),
                ...(typeof parsePercent(pAlive) === 'number' ? { predictions: { p_alive: parsePercent(pAlive)! } } : {}),
                ...(historyOf(past) ? { history: historyOf(past) } : {}),
              },
            }),
      });
      setResult(answer);
      if (answer.entered) onHighlight(answer.path);
    } catch (cause) {
      setError(cause);
    } finally {
      setRunning(false);
    }
  };

  const missingRoute = error instanceof ApiError && error.isMissingRoute;
  const canRun = source === 'sample' || customer !== null;

  return (
    <Drawer
      title={t('test.title')}
      onClose={() => {
        onHighlight(null);
        onClose();
      }}
      testId="test-panel"
      wide
      footer={
        <button type="button" className="btn btn-primary btn-block" disabled={!canRun || running} onClick={() => void run()} data-testid="test-run-go">
          <Icon name="play" /> {running ? t('test.running') : t('test.run', { count: days })}
        </button>
      }
    >
      <div className="stack">
        <p className="muted small">{t('test.explain')}</p>
        <div className="segmented" role="tablist">
          <button type="button" role="tab" aria-selected={source === 'customer'} className={source === 'customer' ? 'active' : ''} onClick={() => setSource('customer')} data-testid="test-source-customer">
            {t('test.realCustomer')}
          </button>
          <button type="button" role="tab" aria-selected={source === 'sample'} className={source === 'sample' ? 'active' : ''} onClick={() => setSource('sample')} data-testid="test-source-sample">
            {t('test.sampleProfile')}
          </button>
        </div>

        {source === 'customer' ? (
          <div className="stack-tight">
            <label className="search">
              <Icon name="search" />
              <input className="input" type="search" value={query} placeholder={t('test.searchCustomer')} onChange={(event) => setQuery(event.target.value)} data-testid="test-customer-search" aria-label={t('test.searchCustomer')} />
            </label>
            <ul className="pick-list" aria-busy={searching}>
              {results.length === 0 ? <li className="muted small pick-empty">{searching ? t('common.loading') : t('test.noCustomers')}</li> : null}
              {results.map((item) => (
                <li key={item.id}>
                  <button type="button" className={customer?.id === item.id ? 'pick-item active' : 'pick-item'} onClick={() => setCustomer(item)} data-testid={`test-customer-${item.id}`}>
                    <span className="pick-name">{customerName(item)}</span>
                    <span className="muted small mono">{item.id}</span>
                    <span className="pick-meta">{item.segments.map((s) => segmentName(s, locale)).join(' · ')}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <div className="stack-tight">
            <div className="attr-rows">
              <div className="attr-head">
                <span>{t('test.attribute')}</span>
                <span>{t('test.value')}</span>
                <span />
              </div>
              {rows.map((row, index) => (
                <div className="attr-row" key={index}>
                  <span className="attr-key">
                    <input className="input mono" list="test-attribute-keys" value={row.key} aria-label={t('test.attribute')} onChange={(event) => setRows(rows.map((r, i) => (i === index ? { ...r, key: event.target.value } : r)))} />
                    {Object.hasOwn(ATTRIBUTE_WORDS, row.key.trim()) ? <span className="muted small" data-testid="test-attribute-label">{attributeName(row.key.trim(), locale)}</span> : null}
                  </span>
                  <input className="input" value={row.value} aria-label={t('test.value')} onChange={(event) => setRows(rows.map((r, i) => (i === index ? { ...r, value: event.target.value } : r)))} />
                  <button type="button" className="icon-btn" aria-label={t('test.removeRow')} onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                    <Icon name="close" size={14} />
                  </button>
                </div>
              ))}
              <datalist id="test-attribute-keys">
                {ATTRIBUTE_KEYS.map((key) => (
                  <option key={key} value={key} label={attributeName(key, locale)} />
                ))}
              </datalist>
              <button type="button" className="link-btn" onClick={() => setRows([...rows, { key: '', value: '' }])}>
                <Icon name="plus" size={14} /> {t('test.addAttribute')}
              </button>
            </div>
            <label className="field">
              <span className="field-label">{t('test.tags')}</span>
              <input className="input" value={tags} placeholder={t('test.tagsPlaceholder')} onChange={(event) => setTags(event.target.value)} />
            </label>
            <fieldset className="field sample-history">
              <legend className="field-label">{t('test.sampleHistory')}</legend>
              <div className="sample-history-grid">
                {HISTORY_FIELDS.map(({ key, metric, placeholder }) => {
                  const value = past[key];
                  const parsed = parseAttributeValue(value);
                  return (
                    <label key={key} className="field">
                      <span className="small">{metricName(metric, locale)}</span>
                      <input
                        className="input"
                        inputMode="decimal"
                        value={value}
                        placeholder={placeholder}
                        aria-invalid={value.trim() !== '' && !(typeof parsed === 'number' && parsed >= 0)}
                        onChange={(event) => setPast({ ...past, [key]: event.target.value })}
                        data-testid={`test-sample-${key}`}
                      />
                    </label>
                  );
                })}
              </div>
              <p className="muted small">{t('test.sampleHistoryHint')}</p>
            </fieldset>
            <label className="field">
              <span className="field-label">{metricName('p_alive', locale)} (%)</span>
              <input
                className="input"
                inputMode="decimal"
                value={pAlive}
                placeholder="25"
                aria-invalid={parsePercent(pAlive) === undefined}
                title={metricHint('p_alive', locale)}
                onChange={(event) => setPAlive(event.target.value)}
                data-testid="test-sample-p-alive"
              />
            </label>
            <p className="muted small">{t('test.sampleHint')}</p>
          </div>
        )}

        <div className="field">
          <span className="field-label">{t('test.period')}</span>
          <div className="segmented">
            {DAYS.map((value) => (
              <button key={value} type="button" className={days === value ? 'active' : ''} aria-pressed={days === value} onClick={() => setDays(value)} data-testid={`test-days-${value}`}>
                {t('test.days', { count: value })}
              </button>
            ))}
          </div>
        </div>

        {missingRoute ? (
          <Notice kind="warning">
            <strong>{t('test.needsNewerServer')}</strong>
            <div className="small">{t('test.needsNewerServerBody')}</div>
          </Notice>
        ) : error instanceof ApiError && error.problems.length > 0 ? (
          <div className="stack-tight">
            <Notice kind="danger">{t('test.invalid')}</Notice>
            <ProblemList problems={error.problems} document={document} />
          </div>
        ) : error ? (
          <InlineError error={error} />
        ) : null}
        {result ? <TestRunReport result={result} document={document} /> : null}
      </div>
    </Drawer>
  );
}
