import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { EmptyState, ErrorState, Loading } from '../../components/Feedback.tsx';
import { DownloadCsvButton } from '../../components/DownloadCsvButton.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { usePermission } from '../../hooks/usePermission.ts';
import { WhyNot } from '../../components/WhyNot.tsx';
import { formatDate, formatMoney, formatNumber } from '../../i18n/localise.ts';
import { customerCurrency } from '../../lib/customerCurrency.ts';
import { customerName } from '../../lib/customerName.ts';
import { SegmentChips } from './SegmentChips.tsx';

const PAGE_SIZE = 50;

/** Every customer, searchable by id, name or any attribute text; pages of 50 in id order. */
export function CustomersPage(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const canImport = usePermission('customers');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1);
  const list = useApi(`customers:${q}:${after ?? ''}`, () => api.listCustomers({ ...(q ? { q } : {}), ...(after ? { after } : {}), limit: PAGE_SIZE }));

  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed.trim() === q) return;
      setCursors([]);
      setParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [typed, q, setParams]);

  const customers = list.data?.customers ?? [];
  const last = customers.at(-1);

  return (
    <div className="page">
      <PageHeader
        title={t('customers.title')}
        subtitle={list.data ? t(q ? 'customers.matching' : 'customers.subtitle', { count: list.data.total, n: formatNumber(list.data.total, locale), q }) : t('customers.subtitleLoading')}
        actions={
          <div className="row">
            <DownloadCsvButton request={q ? { kind: 'customers', q } : { kind: 'customers' }} testId="customers-csv" small={false} />
            {canImport.allowed ? (
              <Link to="/customers/import" className="btn btn-primary" data-testid="customers-import">
                <Icon name="upload" /> {t('csvImport.open')}
              </Link>
            ) : (
              <WhyNot reason={canImport.reason}>
                <button type="button" className="btn btn-primary" disabled data-testid="customers-import">
                  <Icon name="upload" /> {t('csvImport.open')}
                </button>
              </WhyNot>
            )}
          </div>
        }
      />
      <section className="card card-flush">
        <div className="table-toolbar">
          <label className="search search-wide">
            <Icon name="search" />
            <input className="input" type="search" value={typed} placeholder={t('customers.search')} onChange={(event) => setTyped(event.target.value)} aria-label={t('customers.search')} data-testid="customer-search" />
          </label>
        </div>
        {list.error && !list.data ? (
          <ErrorState error={list.error} onRetry={list.reload} />
        ) : !list.data ? (
          <Loading label={t('customers.loading')} />
        ) : customers.length === 0 ? (
          q ? (
            <EmptyState icon="search" title={t('customers.noMatchTitle')}>
              {t('customers.noMatchBody', { q })}
            </EmptyState>
          ) : (
            <EmptyState icon="customers" title={t('customers.emptyTitle')}>
              {t('customers.emptyBody')}
            </EmptyState>
          )
        ) : (
          <>
            <table className="table table-hover" data-testid="customer-table">
              <thead>
                <tr>
                  <th>{t('customers.colName')}</th>
                  <th>{t('customers.colSegments')}</th>
                  <th className="num">{t('customers.colOrders')}</th>
                  <th>{t('customers.colLastOrder')}</th>
                  <th className="num">{t('customers.colSpent')}</th>
                </tr>
              </thead>
              <tbody>
                {customers.map((customer) => (
                  <tr key={customer.id} className="clickable" onClick={() => navigate(`/customers/${encodeURIComponent(customer.id)}`)} data-testid={`customer-row-${customer.id}`}>
                    <td className="cell-main">
                      <Link to={`/customers/${encodeURIComponent(customer.id)}`} className="row-title" onClick={(event) => event.stopPropagation()}>
                        {customerName(customer)}
                      </Link>
                      <div className="row-sub mono">{customer.id}</div>
                    </td>
                    <td>
                      <SegmentChips segments={customer.segments} />
                    </td>
                    <td className="num">{formatNumber(customer.metrics.orders, locale)}</td>
                    <td>{formatDate(customer.metrics.last_order_at, locale)}</td>
                    <td className="num">{formatMoney(customer.metrics.total_spent, locale, customerCurrency(customer))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {!q ? (
              <div className="pager">
                <span className="muted small">{t('customers.page', { n: cursors.length + 1 })}</span>
                <button type="button" className="btn btn-small" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
                  {t('common.previous')}
                </button>
                <button type="button" className="btn btn-small" disabled={customers.length < PAGE_SIZE || !last} onClick={() => last && setCursors([...cursors, last.id])}>
                  {t('common.next')}
                </button>
              </div>
            ) : customers.length >= PAGE_SIZE ? (
              <p className="muted small pager">{t('customers.refine')}</p>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
