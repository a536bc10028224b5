import type { ReactElement } from 'react';
import { useLocale } from '../hooks/useLocale.ts';
import { formatPoints } from '../i18n/localise.ts';

/** Uplift in percentage points, green when the playbook helps and red when it hurts; "—" when there is no data. */
export function Uplift({ value, as: Tag = 'span' }: { value: number | null; as?: 'span' | 'strong' }): ReactElement {
  const locale = useLocale();
  return <Tag className={value === null ? '' : value > 0 ? 'positive' : value < 0 ? 'negative' : ''}>{formatPoints(value, locale)}</Tag>;
}
