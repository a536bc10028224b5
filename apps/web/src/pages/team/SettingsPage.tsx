import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { errorText } from '../../components/errorText.ts';
import { ErrorState, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { notify, useAppStore } from '../../state/appStore.ts';
import { AdminOnly } from './AdminOnly.tsx';

/** Admins: the workspace's settings — today, four-eyes publishing. */
export function SettingsPage(): ReactElement {
  return (
    <AdminOnly>
      <Settings />
    </AdminOnly>
  );
}

function Settings(): ReactElement {
  const { t } = useTranslation();
  const settings = useApi('settings', api.getSettings);
  const setFourEyes = useAppStore((s) => s.setFourEyes);
  const [busy, setBusy] = useState(false);

  const toggle = async (on: boolean) => {
    setBusy(true);
    try {
      const saved = await api.updateSettings({ four_eyes: on });
      settings.setData(saved);
      setFourEyes(saved.four_eyes);
      notify(saved.four_eyes ? t('settings.fourEyesOn') : t('settings.fourEyesOff'));
    } catch (error) {
      notify(errorText(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      {settings.error && !settings.data ? (
        <ErrorState error={settings.error} onRetry={settings.reload} />
      ) : !settings.data ? (
        <Loading />
      ) : (
        <section className="card">
          <label className="setting-row">
            <input type="checkbox" role="switch" checked={settings.data.four_eyes} disabled={busy} onChange={(e) => void toggle(e.target.checked)} data-testid="four-eyes" />
            <span>
              <span className="row-title">{t('settings.fourEyes')}</span>
              <span className="row-sub block">{t('settings.fourEyesExplain')}</span>
              <span className="row-sub block">{t('settings.fourEyesHow')}</span>
            </span>
          </label>
        </section>
      )}
    </div>
  );
}
