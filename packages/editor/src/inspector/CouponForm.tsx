import type { IssueCouponAction } from '@stayflow/playbook';
import { DurationPicker } from '../controls/DurationPicker.tsx';
import { Field } from '../controls/Field.tsx';
import { NumberInput } from '../controls/NumberInput.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'SGD'];

/** Percent off, or an amount off in a currency, valid for a while. */
export function CouponForm({ node, update, readOnly }: NodeFormProps<IssueCouponAction>) {
  const { t } = useEditorT();
  const kind = node.amount !== undefined ? 'amount' : 'percent';
  const currencies = node.currency && !CURRENCIES.includes(node.currency) ? [node.currency, ...CURRENCIES] : CURRENCIES;
  return (
    <>
      <Field label={t('coupon.kind')}>
        <div className="sf-segmented" role="radiogroup">
          {(['percent', 'amount'] as const).map((option) => (
            <label key={option} className={kind === option ? 'sf-segment sf-active' : 'sf-segment'}>
              <input
                type="radio"
                name={`${node.id}-coupon`}
                checked={kind === option}
                disabled={readOnly}
                data-testid={`field-coupon-${option}`}
                onChange={() => update(option === 'percent' ? { percent: 10, amount: undefined, currency: undefined } : { amount: 20, currency: 'CNY', percent: undefined })}
              />
              {t(`coupon.${option}`)}
            </label>
          ))}
        </div>
      </Field>
      {kind === 'percent' ? (
        <Field label={t('coupon.percent')}>
          {(id) => (
            <span className="sf-inline">
              <NumberInput id={id} value={node.percent} min={1} max={100} onChange={(percent) => update({ percent }, 'percent')} testId="field-percent" disabled={readOnly} className="sf-short" />
              <span className="sf-suffix">%</span>
            </span>
          )}
        </Field>
      ) : (
        <Field label={t('coupon.amount')}>
          {(id) => (
            <span className="sf-inline">
              <NumberInput id={id} value={node.amount} min={0} onChange={(amount) => update({ amount }, 'amount')} testId="field-amount" disabled={readOnly} className="sf-short" />
              <select className="sf-select" value={node.currency ?? 'CNY'} aria-label={t('coupon.currency')} disabled={readOnly} data-testid="field-currency" onChange={(e) => update({ currency: e.target.value })}>
                {currencies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </span>
          )}
        </Field>
      )}
      <Field label={t('coupon.validFor')}>
        <DurationPicker value={node.valid_for ?? 'P30D'} onChange={(valid_for) => update({ valid_for }, 'valid_for')} testId="field-valid-for" disabled={readOnly} units={['hours', 'days', 'weeks', 'months']} />
      </Field>
    </>
  );
}
