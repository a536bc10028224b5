import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/useLocale.ts';
import { segmentName } from '../../lib/vocabulary.ts';

export function SegmentChips({ segments }: { segments: string[] }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  if (segments.length === 0) return <span className="muted small">{t('customers.noSegment')}</span>;
  return (
    <span className="chips">
      {segments.map((segment) => (
        <span key={segment} className={`chip segment-chip segment-${segment}`}>
          {segmentName(segment, locale)}
        </span>
      ))}
    </span>
  );
}
