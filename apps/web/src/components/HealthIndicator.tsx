import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { usePageVisible } from '../hooks/usePageVisible.ts';

type Health = 'checking' | 'ok' | 'down';

/** A dot in the top bar: is the Stayflow server answering? Checked every 30 seconds while the tab is visible. */
export function HealthIndicator(): ReactElement {
  const { t } = useTranslation();
  const visible = usePageVisible();
  const [health, setHealth] = useState<Health>('checking');
  useEffect(() => {
    if (!visible) return;
    let current = true;
    const check = () => {
      const controller = new AbortController();
      const timeout = setTimeout(() => controller.abort(), 5000);
      api
        .health(controller.signal)
        .then((answer) => current && setHealth(answer.ok ? 'ok' : 'down'))
        .catch(() => current && setHealth('down'))
        .finally(() => clearTimeout(timeout));
    };
    check();
    const timer = setInterval(check, 30_000);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [visible]);
  return (
    <span className={`health health-${health}`} data-testid="health" data-health={health} title={t(`health.${health}Hint`)}>
      <span className="health-dot" aria-hidden="true" />
      {t(`health.${health}`)}
    </span>
  );
}
