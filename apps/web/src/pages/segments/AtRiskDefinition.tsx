import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ErrorState } from '../../components/Feedback.tsx';
import { useApi } from '../../hooks/useApi.ts';

/**
 * The control on the default "at_risk" segment: defined by days of silence (the default)
 * or by the churn model's probability alive below a threshold, per business
 * (`PUT /api/models/at-risk`, apps/server README "Predictions").
 */
export function AtRiskDefinition({ onChanged }: { onChanged: () => void }): ReactElement {
  const { t } = useTranslation();
  const models = useApi('models', api.getModels);
  const [rule, setRule] = useState<'silence' | 'p_alive'>('silence');
  const [percent, setPercent] = useState('30');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const current = models.data?.at_risk;
  useEffect(() => {
    if (current === undefined) return;
    setRule(current.rule);
    if (current.below !== null) setPercent(String(Math.round(current.below * 1000) / 10));
  }, [current]);

  const below = Number(percent) / 100;
  const valid = rule === 'silence' || (Number.isFinite(below) && below > 0 && below < 1);
  const apply = async () => {
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      models.setData(await api.setAtRiskRule(rule === 'silence' ? { rule } : { rule, below }));
      setSaved(true);
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="rule" data-testid="at-risk-definition">
      <legend className="rule-label">{t('predictions.atRiskTitle')}</legend>
      <label className="row small">
        <input type="radio" name="at-risk-rule" checked={rule === 'silence'} onChange={() => setRule('silence')} data-testid="at-risk-silence" />
        {t('predictions.atRiskSilence')}
      </label>
      <label className="row small">
        <input type="radio" name="at-risk-rule" checked={rule === 'p_alive'} onChange={() => setRule('p_alive')} data-testid="at-risk-p-alive" />
        {t('predictions.atRiskPAlive')}
        <input
          className="input"
          style={{ width: '5em' }}
          type="number"
          min={1}
          max={99}
          value={percent}
          disabled={rule !== 'p_alive'}
          onChange={(event) => setPercent(event.target.value)}
          data-testid="at-risk-percent"
        />
        %
      </label>
      <button type="button" className="btn btn-small" disabled={busy || !valid} onClick={() => void apply()} data-testid="at-risk-apply">
        {t('predictions.atRiskSave')}
      </button>
      {saved && <p className="muted small">{t('predictions.atRiskSaved')}</p>}
      {error !== undefined && <ErrorState error={error} onRetry={() => void apply()} />}
    </fieldset>
  );
}
