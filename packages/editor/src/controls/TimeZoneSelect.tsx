import { useMemo } from 'react';
import { useEditorT } from '../hooks/useEditorT.ts';
import { allTimeZones, COMMON_TIME_ZONES } from './timeZones.ts';

export interface TimeZoneSelectProps {
  value: string | undefined;
  onChange(value: string | undefined): void;
  id?: string;
  testId?: string;
  disabled?: boolean;
}

/** Common zones first, then every zone the browser knows; empty means UTC. */
export function TimeZoneSelect({ value, onChange, id, testId, disabled }: TimeZoneSelectProps) {
  const { t } = useEditorT();
  const others = useMemo(() => allTimeZones().filter((zone) => !(COMMON_TIME_ZONES as readonly string[]).includes(zone)), []);
  const known = value === undefined || (COMMON_TIME_ZONES as readonly string[]).includes(value) || others.includes(value);
  return (
    <select id={id} className="sf-select" value={value ?? ''} disabled={disabled} data-testid={testId} onChange={(event) => onChange(event.target.value || undefined)}>
      <option value="">{t('timezone.utc')}</option>
      {!known && <option value={value}>{value}</option>}
      <optgroup label={t('timezone.common')}>
        {COMMON_TIME_ZONES.filter((zone) => zone !== 'UTC').map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </optgroup>
      {others.length > 0 && (
        <optgroup label={t('timezone.all')}>
          {others.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
