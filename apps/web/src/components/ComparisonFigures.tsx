import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProportionComparison } from '../api/types.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { formatNumber, formatPoints } from '../i18n/localise.ts';
import { Uplift } from './Uplift.tsx';

interface ComparisonFiguresProps {
  comparison: ProportionComparison;
  /** Customers in the smaller group, for "about N more per group". */
  smallerGroup: number;
  testId?: string;
}

/**
 * How sure a difference of two conversion rates is: the difference with its 95 % confidence
 * interval and p-value (from the server's stats answer), then what may be said of it.
 */
export function ComparisonFigures({ comparison, smallerGroup, testId }: ComparisonFiguresProps): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const { verdict } = comparison;
  const p = comparison.p_value;
  const more = Math.max((comparison.needed_per_group ?? 0) - smallerGroup, 1);
  return (
    <div className="comparison" data-testid={testId} data-verdict={verdict}>
      {verdict === 'no_data' ? null : (
        <p className="small">
          <span className="muted">{t('uncertainty.difference')} </span>
          <Uplift value={comparison.difference} as="strong" />
          <span className="muted"> · {t('uncertainty.interval', { low: formatPoints(comparison.ci_low, locale), high: formatPoints(comparison.ci_high, locale) })}</span>
          <span className="muted"> · {p !== null && p < 0.001 ? t('uncertainty.pValueSmall') : t('uncertainty.pValue', { p: formatNumber(p, locale, 3) })}</span>
        </p>
      )}
      <p className={verdict === 'significant' ? 'small positive' : 'small muted'} data-testid={testId ? `${testId}-verdict` : undefined}>
        {verdict === 'significant'
          ? t('uncertainty.significant')
          : verdict === 'not_enough_data'
            ? t('uncertainty.notEnoughData', { count: more, n: formatNumber(more, locale) })
            : verdict === 'no_difference'
              ? t('uncertainty.noDifference')
              : t('uncertainty.noData')}
      </p>
    </div>
  );
}
